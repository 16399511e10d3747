// Common English diminutives and hypocorisms (formal name: nicknames), curated for this project from general
// knowledge of naming conventions in UK, US and Australian usage (in the spirit of the public
// carltonnorthern/nicknames table, Apache-2.0). Used in both directions: "Thomas" ↔ "Tom".
export const nicknameTable: string = `
abigail:abby,abbie,gail|adrian:ade|albert:al,bert,bertie|alexander:alex,al,sandy,xander,sasha,lex|
alexandra:alex,lexi,sandra,sasha,ali|alfred:alf,alfie,fred,freddie|alice:ali,allie|alison:ali,allie|amanda:mandy,manda|
andrew:andy,drew|angela:angie,ange|anne:annie,nan|anna:annie|anthony:tony,ant|antonio:tony|archibald:archie|arthur:art,artie|
barbara:barb,babs,barbie|barry:baz|benjamin:ben,benny,benji|bernard:bernie|beverley:bev|beverly:bev|bradley:brad|bridget:bridie,biddy|
callum:cal|calvin:cal|cameron:cam|caroline:carrie,caro,lina|catherine:cath,cathy,kate,katie,cat,kitty|christina:chris,tina|
christine:chris,chrissie,tina|christopher:chris,kit,topher|clifford:cliff|daniel:dan,danny|david:dave,davey,davy|
deborah:debbie,deb,debs|dennis:den|dominic:dom|donald:don,donnie|dorothy:dot,dottie,dolly|douglas:doug,dougie|
edward:ed,eddie,ted,teddy,ned|eleanor:ellie,nell,nora|elizabeth:liz,lizzie,beth,betty,eliza,libby,bess,lisa|emily:em,emmy|
emma:em|eugene:gene|frances:fran,frankie|francis:frank,frankie|frederick:fred,freddie|gabriel:gabe|gabriella:gabby,ella|
gareth:gaz|gary:gaz|gerald:gerry,jerry|geoffrey:geoff,jeff|gregory:greg|gwilym:gwil,gwilly|harold:harry,hal|
harriet:hattie|helen:nell|henry:harry,hal,hank|isabel:izzy,bel,bella|isabella:izzy,bella|jacob:jake,jakey|james:jim,jimmy,jamie,jimbo|
janet:jan|jacqueline:jackie,jacqui|jason:jay|jennifer:jen,jenny,jenn|jessica:jess,jessie|joanne:jo|john:johnny,jack|
jonathan:jon,jonny|joseph:joe,joey,jo|joshua:josh|judith:judy|julian:jules|katherine:kate,katie,kath,kathy,kat,kit|
kathleen:kath,kathy|kenneth:ken,kenny|kimberley:kim|kimberly:kim|lawrence:larry,laurie|leonard:len,lenny,leo|
lesley:les|leslie:les|lucy:lu|luke:luke|margaret:maggie,meg,peggy,marge,madge,molly|marcus:marc|matthew:matt,matty|
maureen:mo|maurice:mo|michael:mike,mikey,mick,micky,mickey|mohammed:mo,moe|mohammad:mo,moe|muhammad:mo,moe|
nathan:nate,nat|nathaniel:nate,nat|natalie:nat|nicholas:nick,nicky,nico|nicola:nicky,nikki|oliver:ollie,olly|
patricia:pat,patty,trish,tricia|patrick:pat,paddy|peter:pete|philip:phil,pip|phillip:phil|rachel:rach|raymond:ray|
rebecca:becky,becca,bex|richard:rich,rick,ricky,dick,richie|robert:rob,robbie,bob,bobby,bert|rodney:rod|ronald:ron,ronnie|
rosemary:rosie,rose|samantha:sam,sammy|samuel:sam,sammy|sarah:sal,sally|sharon:shaz|sebastian:seb,bash|stephen:steve,stevie|
steven:steve,stevie|stuart:stu|susan:sue,susie|suzanne:sue,suzy|terence:terry|theodore:theo,ted,teddy|thomas:tom,tommy,tomek|
timothy:tim,timmy|tomasz:tom,tomek|valerie:val|vincent:vince,vinnie|victoria:vicky,tori,vic|walter:walt,wally|
william:will,bill,billy,willie,liam|zachary:zach,zack|mohamed:mo|gwendolyn:gwen|oluwaseun:seun|olufemi:femi|oluwafemi:femi|babatunde:tunde|
adebayo:bayo|chukwuemeka:emeka|caitlin:cait|charlotte:charlie,lottie|charles:charlie,chuck,chas|
louise:lou|louis:lou|lewis:lew|madeleine:maddie|madison:maddie|jordan:jord|georgia:georgie|george:georgie|
kayleigh:kay|kaylee:kay|lachlan:lachie|
`;
