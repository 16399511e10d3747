// Curated word lists that carry the context cues of the engine. All entries are folded (lower case,
// no accents). The large gazetteers (names, places, English words) are generated data in ./data.

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** Titles written before a name: the name follows, the title stays outside the span. */
export const TITLES = set(`mr|mrs|ms|miss|mx|dr|doctor|prof|professor|sgt|sergeant|cpl|corporal|lt|lieutenant|capt|captain|
col|colonel|major|officer|ofc|ofcr|trooper|detective|det|pc|dc|ds|di|insp|inspector|cllr|councillor|rev|revd|reverend|pastor|imam|rabbi|
father|fr|sister|sr|brother|br|nurse|coach|judge|magistrate|justice|sir|dame|lord|lady|madam|aunty|auntie|aunt|uncle|nana|nan|nanna|
grandma|grandpa|granny|grandad|granddad|gran|grandmother|grandfather|cousin|bro|sis|mum|mam|mom|dad|mummy|daddy|mama|papa|
baba|mamma|ammi|abba|abu|umm|tia|tio|tita|tito|kuya|ate|oma|opa|babcia|dziadek|masi|mausi|massi|chacha|chachi|mamu|khala|khalu|phuppo|phupho|bunica|bunicul|părintele|parintele|nonna|nonno|abuela|abuelo|abuelita|abuelito|yiayia|yaya|papou|whaea|matua|koro|kuia|teacher|tutor|principal|
bibi|bibi-ji|papa-ji|mama-ji|dada-ji|nani-ji|amma|ammachi|appachan|teta|jiddo|sitto|faifeau|nanny|nannie|grampa|gramps|grandpop|pop-pop|sensei|thay|thầy|sen|const|constable|snr|supt|superintendent|ustaz|ustadh|sheikh|maulana|guru|swami|pandit|bhante|lola|lolo|dadi|dada|nani|nana-ji|dadi-ji|abuela|abuelo|abuelita|abuelito|nonna|nonno|bhai|bhaiya|didi|baji|appa|amma|thatha|paati|halmeoni|harabeoji|nainai|yeye|laolao|laoye|waipo|waigong|gonggong|ahma|ahgong|obaachan|ojiichan|taid|mamgu|tadcu|tupuna|tipuna|

head|senator|governor|mayor|president|chief|elder|deacon|bishop|canon|agent|senora|senor|sra`);

/** Relationship and role words: "her son Jayden", "my manager, Priya", "sponsor is "Big Mike"". */
export const RELATION_WORDS = set(`son|daughter|child|children|kids|kid|baby|brother|sister|sis|bro|cuz|bf|gf|sibling|siblings|twin|half-brother|half-sister|
stepson|stepdaughter|stepbrother|stepsister|stepmother|stepfather|stepmum|stepdad|mother|father|mum|mam|mom|dad|parent|parents|
wife|husband|spouse|partner|boyfriend|girlfriend|fiance|fiancee|ex|ex-partner|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|
cousin|cousins|nephew|niece|uncle|aunt|aunty|auntie|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|grandpa|
granny|nan|nana|grandad|in-law|mother-in-law|father-in-law|sister-in-law|brother-in-law|daughter-in-law|son-in-law|
friend|friends|bestie|mate|flatmate|housemate|roommate|neighbour|neighbor|carer|caregiver|guardian|foster|
manager|boss|supervisor|supervisee|colleague|colleagues|coworker|co-worker|teammate|employer|director|lead|team-leader|
teacher|tutor|counsellor|counselor|therapist|psychologist|psychiatrist|worker|adviser|advisor|coordinator|co-ordinator|mentor|mentee|
coach|client|landlord|landlady|sponsor|keyworker|caseworker|gp|doctor|nurse|paediatrician|pediatrician|consultant|
solicitor|attorney|lawyer|barrister|officer|headteacher|principal|dsl|senco|learner|student|pupil|youth|youths|boy|girl|man|woman|
patient|referrer|interpreter|deputy|midwife|visitor|physio|chaplain|priest|vicar|imam|pastor|rabbi|owner|pa|receptionist|
secretary|assistant|trainee|apprentice|practitioner|clinician|psychotherapist|member|leader|mentor|
named|called|aka|nicknamed|spelled|spelt|prefers`);

/** Colleague roles: a person named after one of these is tagged COLLEAGUE rather than PERSON. */
export const COLLEAGUE_WORDS = set(`colleague|colleagues|coworker|co-worker|manager|boss|supervisor|line-manager|teammate|team-leader|director`);

/** Labels in record headers whose value is a person's name ("Client: Grace Liu"). */
export const NAME_LABELS = set(`name|client|patient|child|youth|learner|student|mentee|supervisee|supervisor|young person|
adult at risk|service user|pupil|resident|customer|referrer|referring|referred by|counsellor|counselor|therapist|worker|social worker|
practitioner|adviser|advisor|present|attendees|mother|father|parent|parents|carer|guardian|cc|from|to|author|clinician|
tutor|coach|mentor|interviewer|keyworker|key worker|personal adviser|signed|signature|completed by|prepared by|written by|reviewed by|chair|chaired by|facilitator|facilitators|co-facilitator|scribe|minutes by|notes by|notetaker|note taker|apologies|apols|absent`);

/** Last words of organisation names. */
export const ORG_SUFFIXES = set(`school|schools|academy|college|university|uni|primary|secondary|high|hs|shs|ps|tafe|ams|acchs|elementary|nursery|
institute|polytechnic|service|hospital|infirmary|surgery|practice|clinic|centre|center|health|medical|pharma|pharmaceuticals|
ltd|limited|llp|llc|inc|plc|corp|corporation|co|company|group|services|partners|partnership|associates|trust|foundation|
charity|church|chapel|marae|mosque|synagogue|gurdwara|mandir|cathedral|parish|methodist|baptist|anglican|catholic|pentecostal|
council|unified|isd|fc|afc|rfc|rlfc|jrlfc|arlfc|jfc|jrfc|rufc|cc|club|society|forum|collective|network|pantry|foodbank|builders|logistics|electrical|electricals|
cars|motors|garage|repair|repairs|print|printing|solutions|consulting|consultancy|care|homes|house|lodge|mentoring|leaders|unit|
zoo|casino|living|pediatrics|paediatrics|counseling|counselling|juniors|prison|studio|studios|salon|cafe|café|restaurant|hotel|
store|stores|supermarket|pharmacy|chemist|library|museum|project|lab|labs|technologies|tech|systems|industries|enterprises|
international|holdings|media|recruitment|agency|bank|insurance|law|legal|solicitors|accountants|construction|engineering|
transport|haulage|freight|fabrication|fabrications|welding|machining|automotive|plastics|packaging|sons|brothers|bros|roofing|plumbing|heating|cleaning|landscaping|joinery|scaffolding|electrics|decorating|removals|catering|security|distribution|warehouse|manufacturing|foods|bakery|farm|farms|dental|dentistry|optometrists|
opticians|veterinary|vets|gym|fitness|leisure|theatre|theater|cinema|press|publishing|software|digital|labs|bureau|
mission|ministries|tabernacle|assembly|fellowship|temple|rebels|united|athletic|rovers|wanderers|rangers|ravens|bulldogs|lions|tigers|eagles|hawks|sharks|panthers|dragons|cougars|falcons|wolves|raiders|bulls|magpies|swans|roosters|broncos|titans|cowboys|seahawks|jets|giants|knights|abc|jfc|yfc|
hub|space|works|workshop|kitchen|takeaway|barbers|barber|hairdressers|beauty|nails|spa|boutique|market|mart|shop|
associates|institution|school's|campus|prep|sixth|form|ymca|ywca|shelter|refuge|hostel|lodgings|gardens|residence|
resources|support|outreach|initiative|programme|program|alliance|cooperative|co-op|federation|association|associations|
housing|energy|rail|railways|airways|airlines|water|utilities|telecom|telecoms|gaming|betting|retail|wholesale|
league|circle|foyer|kindergarten|kinder|preschool|pre-school|playgroup|creche|crèche|daycare|childcare|union|semiconductor|
semiconductors|parts|auto|automotive|police|constabulary|station|medicine|magistrates|magistrates'|tribunal|rsl|tafe|masjid|organization|organisation|probation|sheriff|jail|psychology|psychiatry|psychotherapy|physiotherapy|therapies|podiatry|audiology|osteopathy|ministry|rehab|pllc|advocates|rooms`);

/** Words that start an organisation's name: "St Saviour's", "HMP Parc", "University of Bradford". */
export const ORG_PREFIXES = set(`st|saint|hmp|hmyoi|yoi|the|ysgol|capel|eglwys|coleg|prifysgol|ysbyty|meddygfa|canolfan|scoil|gaelscoil|colaiste|gaelcholaiste|wharekura|kohanga|chua`);

/** Street-type words: the last word of a street name. */
export const STREET_SUFFIXES = set(`road|rd|street|st|lane|ln|avenue|ave|av|drive|dr|way|place|pl|court|ct|gardens|gdns|
crescent|cres|grove|terrace|tce|close|cl|boulevard|blvd|highway|hwy|parade|pde|square|sq|row|mews|walk|rise|view|green|
hill|park|estate|circle|cir|pike|parkway|pkwy|trail|broadway|wynd|vale|brow|gate|croft|fold|chase|mount|heights|
approach|promenade|esplanade|quay|wharf|embankment|lane's|alley|path|causeway|bypass|freeway|motorway|expressway|tollway`);

/** Words ending named places that are not streets: "Tybee Island", "Manchester Arena". */
export const PLACE_SUFFIXES = set(`island|isle|bay|beach|oval|reserve|harbour|harbor|lake|river|valley|junction|village|arena|stadium|
estate|park|common|heath|moor|forest|wood|woods|point|springs|falls|creek|bridge|wharf|quarter|heights|hills|gardens|
green|square|market|centre|cross|end|town|city|north|south|east|west|fort|mount|mountain|port|reservoir|airport|station|campus`);

/** Prepositions before a place name. */
export const PLACE_PREPOSITIONS = set(`in|from|near|to|at|outside|around|between|towards|via|into|across|through|round|moved|lives|living|born|grew`);

/** Months, weekdays, seasons, festivals: never redacted alone (dates are caught as a whole by the patterns). */
export const CALENDAR_WORDS = set(`january|february|march|april|may|june|july|august|september|october|november|december|
jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|
wednesdays|thursdays|fridays|saturdays|sundays|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|spring|summer|autumn|fall|winter|
christmas|xmas|easter|eid|diwali|ramadan|hanukkah|passover|vaisakhi|navratri|holi|lent|advent|halloween|thanksgiving|
kwanzaa|new year|nye|boxing day|pentecost|whitsun|yom kippur|rosh hashanah|chinese new year|lunar new year|anzac|naidoc|michaelmas|candlemas|martinmas`);

/**
 * Proper names anyone might be sent to or mention that identify nobody: national services, benefits, bodies,
 * eponymous theories and instruments, medication brands, religions, platforms. Never redacted alone.
 */
export const PUBLIC_TERMS = set(`tongan|samoan|fijian|koorie|wiradjuri|noongar|yolngu|anangu|pasifika|pacifica|
wongutha|wangkatha|yamatji|nyoongar|martu|ngaanyatjarra|yawuru|larrakia|ngarrindjeri|adnyamathanha|barkindji|gunditjmara|wadawurrung|worimi|ngunnawal|quandamooka|
aetna|cigna|humana|tricare|unitedhealthcare|medibank|bupa|familycare|al-anon|alateen|nar-anon|nightline|nacro|
kleinman|merton|windrush|griefline|gamilaraay|kamilaroi|diné|wurundjeri|kaurna|arrernte|pitjantjatjara|warlpiri|bundjalung|
gumbaynggirr|dharug|darug|eora|gadigal|yuin|palawa|murri|cherokee|navajo|navaho|lakota|ojibwe|ojibwa|apache|sioux|cree|inuit|muscogee|oglala|choctaw|chickasaw|seminole|comanche|kiowa|osage|hopi|zuni|mohawk|haudenosaunee|anishinaabe|blackfeet|tlingit|yupik|inupiat|ho-chunk|lumbee|métis|metis|nuer|dinka|hmong|hazara|pashtun|tajik|uzbek|
kurdish|kurd|kurds|yoruba|igbo|ibo|hausa|fulani|amhara|oromo|oromiffa|tigrayan|tigrinya|somali|rohingya|roma|romani|
gypsy|traveller|travellers|tamil|sinhalese|sinhala|gujarati|punjabi|bengali|urdu|hindi|pidgin|patois|creole|
dashain|tihar|songkran|chuseok|vesak|obon|eid-ul-fitr|eid-ul-adha|al-fitr|al-adha|ul-fitr|ul-adha|muharram|ashura|
mawlid|durga|puja|raksha|bandhan|janmashtami|ganesh|chaturthi|makar|sankranti|hogmanay|burns|waitangi|
lewy|tourette|huntington|crohn|asperger|korsakoff|wernicke|facetime|tafe|psyba|maccat-ca|maccat|salkovskis|ohiomeansjobs|
maths|math|physics|chemistry|biology|geography|sociology|economics|computing|ict|
jobseeker|korea|kooth|galop|papyrus|switchboard|mermaids|turn2us|shout|stonewall|dols|lps|tarasoff|gillick|caldicott|gphc|nmc|sssc|swe|
nowruz|navaratri|vesak|wesak|tết|tet|lunar|hanukkah|chanukah|passover|pesach|purim|vaisakhi|baisakhi|lohri|onam|pongal|kwanzaa|juneteenth|matariki|naidoc|
pokemon|pokémon|gatsby|nhs|jobcentre|jobcentreplus|centrelink|medicaid|medicare|universal|snap|wic|tanf|ssi|ssdi|
va|camhs|cahms|iapt|cruse|samaritans|mind|shelter|nspcc|childline|barnardo's|barnardos|mencap|refuge|relate|moneyhelper|
stepchange|citizens|acas|ofsted|dbs|dvla|hmrc|dwp|ucas|cafcass|probation|interpol|fbi|cia|hipaa|ferpa|fmla|osha|ada|idea|
bacp|ukcp|bps|hcpc|apa|aca|acpa|aapc|nbcc|ahpra|pacfa|aca|cdi|nceca|ncda|ahpra|acecqa|ndis|dcj|dhhs|dcfs|cps|acs|doh|
headspace|beyondblue|lifeline|kidshelpline|1800respect|qlife|medibank|bupa|axa|aviva|nice|who|un|unicef|unhcr|red|cross|
alzheimer's|alzheimers|alzheimer|parkinson's|parkinsons|parkinson|asperger's|aspergers|asperger|tourette's|tourettes|
huntington's|crohn's|down's|korsakoff's|korsakoff|hodgkin's|hodgkin|addison's|cushing's|raynaud's|raynaud|munchausen|capgras|barnardo|tourette|
fairburn|resick|kadushin|durie|freud|freudian|jung|jungian|adler|adlerian|rogers|rogerian|beck|ellis|maslow|bowlby|ainsworth|winnicott|klein|kleinian|
erikson|piaget|vygotsky|bandura|skinner|pavlov|kohut|bion|lacan|gestalt|satir|minuchin|bowen|gottman|linehan|hayes|
seligman|csikszentmihalyi|kubler-ross|kübler-ross|worden|stroebe|schut|egan|karpman|berne|transactional|prochaska|
diclemente|miller|rollnick|eliquis|apixaban|xarelto|rivaroxaban|warfarin|coumadin|lasix|furosemide|prazosin|sinemet|levodopa|carbidopa|carbidopa-levodopa|parvolex|acetylcysteine|champix|varenicline|antabuse|disulfiram|acamprosate|naltrexone|buprenorphine|pregabalin|lyrica|gabapentin|tramadol|oxycodone|oxycontin|trazodone|hydroxyzine|clonidine|guanfacine|intuniv|equasym|medikinet|dexamfetamine|modafinil|levothyroxine|omeprazole|salbutamol|ventolin|ozempic|wegovy|mounjaro|nexplanon|badgercare|medi-cal|calfresh|masshealth|tenncare|ihss|childstory|proqol|kickstart|hooyo|aabo|courtois|durie|epston|ehlers|padesky|greenberger|fonagy|safran|muran|fonofale|kabat-zinn|maslach|holland|super|savickas|krumboltz|gelatt|hawkins|shohet|proctor|inskipp|kolb|schon|
schön|gibbs|johns|driscoll|johari|brené|heron|lewin|bronfenbrenner|porges|van|der|kolk|siegel|perry|herman|yalom|frankl|
myers-briggs|myers|briggs|mbti|strengths|disc|belbin|riasec|strong|conners|vanderbilt|wechsler|wais|wisc|wppsi|rbans|
ace-iii|moca|mmse|beck's|hamilton|edinburgh|epds|phq|gad|core|core-om|k10|kessler|audit|dast|pcl|sdq|rcads|scared|
mbi|bdi|bai|cbt|dbt|act|emdr|mbct|ipt|cat|cft|tf-cbt|rebt|sfbt|nlp|mi|ept|prozac|zoloft|lexapro|celexa|paxil|effexor|
cymbalta|wellbutrin|ritalin|adderall|concerta|vyvanse|elvanse|strattera|xanax|valium|ativan|klonopin|ambien|zopiclone|
seroquel|abilify|risperdal|zyprexa|lithium|depakote|lamictal|tegretol|suboxone|subutex|methadone|naloxone|narcan|
sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline|bupropion|
quetiapine|olanzapine|risperidone|aripiprazole|clozapine|diazepam|lorazepam|propranolol|melatonin|methylphenidate|
atomoxetine|lisdexamfetamine|amlodipine|metformin|insulin|ibuprofen|paracetamol|tylenol|advil|panadol|nurofen|
invega|sustenna|trinza|paliperidone|haloperidol|haldol|zuclopenthixol|clopixol|flupentixol|depixol|aristada|latuda|lurasidone|vraylar|cariprazine|rexulti|brexpiprazole|trintellix|vortioxetine|spravato|esketamine|auvelity|buspirone|buspar|vistaril|qelbree|lamotrigine|topiramate|valproate|epilim|chantix|desyrel|doxepin|nortriptyline|imipramine|clomipramine|anafranil|phenelzine|nardil|tranylcypromine|sumatriptan|naproxen|
christian|christianity|muslim|islam|islamic|hindu|hinduism|sikh|sikhism|jewish|judaism|buddhist|buddhism|catholic|
protestant|anglican|methodist|baptist|orthodox|pentecostal|quran|koran|bible|torah|mass|mecca|makkah|medina|jerusalem|
vatican|allah|god|jesus|christ|prophet|muhammad's|
facebook|instagram|whatsapp|snapchat|tiktok|twitter|x|linkedin|youtube|google|zoom|teams|skype|discord|reddit|
snap|insta|amep|comptia|fee-free|estyn|mckinney-vento|orton-gillingham|dvconnect|parentsquare|olympiad|gamertag|litem|kapa|kia|vineland|klass|libre|aps|stanley-brown|zumba|mensline|monzo|worldremit|revolut|tangi|tangihanga|hui|taha|wairua|tinana|hinengaro|whānau|whanau|whenua|tikanga|karakia|iwi|hapū|hapu|kaumātua|kaumatua|whakapapa|rangatahi|mokopuna|tamariki|gurmukhi|shahmukhi|devanagari|europeans|africans|asians|americans|australians|talofa|malo|bula|namaste|aloha|shalom|tinder|hinge|bumble|grindr|viber|telegram|wechat|kakaotalk|imessage|netflix|spotify|xbox|playstation|nintendo|fortnite|roblox|minecraft|iphone|android|
lego|oyster|uber|deliveroo|airbnb|ebay|paypal|venmo|cashapp|zelle|amazon's|kindle|
english|british|welsh|scottish|irish|american|australian|canadian|european|african|asian|aboriginal|torres|
strait|islander|indigenous|maori|māori|pakeha|latino|latina|latinx|hispanic|arab|arabic|persian|farsi|dari|pashto|
urdu|punjabi|bengali|hindi|gujarati|tamil|polish|romanian|lithuanian|ukrainian|russian|turkish|kurdish|somali|
tigrinya|amharic|swahili|yoruba|igbo|hausa|twi|shona|ndebele|zulu|xhosa|mandarin|cantonese|vietnamese|tagalog|filipino|
korean|japanese|thai|spanish|portuguese|french|german|italian|greek|albanian|bsl|asl|makaton|esol|esl|
gcse|gcses|a-level|a-levels|btec|nvq|hnc|hnd|ged|sat|act|atar|hsc|vce|tafe|cert|diploma|ucas|fafsa|
army|navy|raf|marines|usmc|nato|police|fire|ambulance|parliament|congress|senate|government|state|federal|
covid|covid-19|coronavirus|hiv|aids|adhd|asd|ocd|ptsd|cptsd|bpd|eupd|gad|mdd|sud|tbi|abi|ms|me|cfs|ibs|
dsm|dsm-5|icd|icd-10|icd-11|dsm-iv|sars|gi|lgbt|lgbtq|lgbtqia|lgbtq+|bame|send|ehcp|iep|plp|gp|a&e|er|icu|ed`);

/**
 * Chat shorthand and contractions written without an apostrophe ("lol", "tbh", "dont", "thats"): ordinary words of
 * informal notes that no word list has, never a name.
 */
export const CHAT_WORDS = set(`lol|lmao|omg|tbh|idk|smh|ngl|imo|irl|brb|btw|thx|pls|plz|dont|cant|wont|didnt|isnt|wasnt|doesnt|havent|hasnt|
wouldnt|couldnt|shouldnt|aint|youre|theyre|thats|whats|haha|hahaha|hehe|lmaoo|webchat`);

/** Greetings and sign-offs in other languages that open or close a message ("Hola Mariana,", "Saludos,"): words, never a name. */
export const GREETING_WORDS = set(`hola|saludos|gracias|adios|adiós|bonjour|merci|cordialement|ciao|grazie|obrigado|obrigada|atentamente|cordialmente|namaste`);

/** Multi-word public names (national services and events): never redacted. */
export const PUBLIC_PHRASES: readonly string[] = [
  "winston's wish", 'te whare tapa wha', 'te whare tapa whā', 'victoria police', 'nsw police', 'queensland police', 'boston naming test', 'ms teams', 'microsoft teams', 'boston naming', 'columbia suicide severity rating scale', 'western union', 'major depressive disorder', 'major depression', 'major depressive episode', 'military onesource', 'circle of security', "clare's law", "sarah's law", 'vic pol', 'dean of students', 'four horsemen', 'common app', 'access to he', 'kapa haka', 'shelter cymru', 'skills bootcamp', 'youth justice', 'child protection helpline', 'flexible support fund', 'mental health treatment plan', 'gp mental health treatment plan',
  'vet center', 'student support services', 'trio student support services', 'summer school', 'civil construction', 'eid al-fitr', 'eid al-adha', 'eid ul-fitr', 'eid ul-adha', 'burns night', 'waitangi day',
  'functional skills', 'youth justice', 'youth offending', 'carer gateway', 'disability employment services', 'school leaver employment supports', 'individual support', 'robin hood', 'head start', 'youth allowance', 'cal grant', 'pell grant', 'child abuse report line', 'michigan works', 'parent helpline', 'the orange door',
  'guardian ad litem', 'universal credit', 'job centre', 'jobcentre plus', 'job centre plus', 'home office', 'border force', 'refugee council',
  'victim support', 'citizens advice', 'national careers service', 'find a job', 'language line', 'office of the public guardian',
  'court of protection', 'family court', 'crown court', 'magistrates court', 'magistrates\' court', 'youth offending team',
  'youth justice', 'social services', 'children\'s services', 'adult social care', 'mental health act', 'care act',
  'children act', 'national transfer scheme', 'ethical framework', 'apprenticeship network', 'personal independence payment',
  'housing benefit', 'child benefit', 'pension credit', 'department for work and pensions', 'student finance',
  'student finance england', 'student loans company', 'national insurance', 'red cross', 'british red cross',
  'salvation army', 'alcoholics anonymous', 'narcotics anonymous', 'gamblers anonymous', 'domestic abuse helpline',
  'national domestic abuse helpline', 'national domestic violence hotline', 'crisis text line', 'suicide and crisis lifeline',
  'social security', 'social security administration', 'child protective services', 'veterans affairs', 'gi bill',
  'section 8', 'food stamps', 'head start', 'planned parenthood', 'kids helpline', 'beyond blue', 'lifeline australia',
  'services australia', 'fair work', 'fair work ombudsman', 'legal aid', 'legal aid nsw', 'victoria legal aid',
  'mental health care plan', 'better access', 'national disability insurance scheme', 'laura dance festival',
  'national health service', 'health service', 'nhs england', 'nhs scotland', 'nhs wales', 'nhs 111', 'public health england', 'ukhsa', 'care quality commission',
  'health and care professions council', 'british psychological society', 'american psychological association',
  'american counseling association', 'career development institute', 'seven-eyed model', 'seven eyed model',
  'power and control wheel', 'maslach burnout inventory', 'beck depression inventory', 'beck anxiety inventory',
  'strengths and difficulties questionnaire', 'work coach', 'mental capacity act', 'equality act', 'human rights act',
  'data protection act', 'prevent duty', 'channel panel', 'multi-agency safeguarding hub', 'mash',
  'world health organization', 'world health organisation', 'united nations', 'european union', 'middle east',
  'ngāti porou', 'ngati porou', 'ngāti whakaue', 'ngati whakaue', 'ngāti kahungunu', 'ngati kahungunu', 'ngāi tahu', 'ngai tahu', 'te arawa', 'ngāti tūwharetoa', 'ngati tuwharetoa', 'ngāti maniapoto', 'ngati maniapoto', 'interest profiler', 'o*net interest profiler',
  'attendance allowance', 'carer\'s allowance', 'carers allowance', 'disability living allowance', 'employment and support allowance', 'jobseeker\'s allowance', 'birth certificate', 'housing qld', 'housing nsw', 'dcj housing', 'rent choice',
  'breathing space', 'child care subsidy', 'home care package', 'home care packages', 'nj familycare',
  'día de los muertos', 'dia de los muertos', 'day of the dead', 'new year', 'new year\'s eve', 'new year\'s day', 'good friday', 'boxing day', 'black history month', 'pride month',
];

/** Upper-case abbreviations that are never someone's initials (clinical, educational, administrative). */
export const ACRONYMS = set(`fifo|tl|dido|gal|ftb|fdr|vm|tb|gp|dt|pe|re|ms|me|mi|ot|ed|er|hr|it|ta|sa|wa|ok|uk|us|usa|eu|un|tv|pc|id|dob|ni|nhs|po|yp|hv|cpn|iro|lado|marac|idva|isva|

cv|ssn|mrn|uln|usi|crn|ndis|tfn|abn|ucas|va|pa|dsl|sen|senco|ehcp|cbt|dbt|act|emdr|adhd|asd|ocd|ptsd|ai|si|sh|dv|da|
csa|cse|fgm|lpa|poa|ceo|cto|cfo|hq|am|pm|ok|no|nb|ps|re|vs|eg|ie|etc|aka|tba|tbc|asap|fyi|rip|lgbt|gcse|btec|nvq|
ged|sat|atar|hsc|ib|ap|ba|bsc|msc|ma|phd|mba|llb|rgn|rmn|lpc|lcsw|lmft|lpcc|psyd|bacp|ukcp|hcpc|ahpra|dcj|cps|acs|
dcfs|snap|wic|er|icu|ae|a&e|ed|ems|cpr|bp|bmi|iq|eeg|mri|ct|ecg|ekg|hiv|std|sti|uti|copd|ibs|ms|me|cfs|tbi|abi|
oh|eap|pip|esa|jsa|uc|dla|ssi|ssdi|fmla|iep|ieps|send|cpd|kpi|sla|gdpr|hipaa|ferpa|dbs|crb|id|pin|ppe|sms|dm|ig|
fb|tt|yt|url|www|pdf|bsl|asl|esol|esl|ell|tafe|rto|vet|usi|cert|ptsd|cptsd|bpd|eupd|gad|mdd|mh|cmht|camhs|iapt|
ypas|yot|yjs|mash|lado|cin|cp|lac|cla|ucl|ucla|nyu|lse|kcl|jv|dui|dwi|aa|na|ga|smart|lgbtq|bame|poc|bipoc|dei|edi|
uk's|us's|sw|nw|ne|se|n|s|e|w|rd|st|ave|blvd|hwy|tel|mob|fax|cell|ext|ref|no|nos|qty|dept|govt|intl|corp|inc|ltd|llc|
llp|plc|co|hs|ms|jr|sr|ii|iii|iv|vi|vii|viii|ix|xi|xii|ace|pcl|phq|gad|moca|mmse|wais|wisc|wppsi|rbans|gds|k10|sdq|
mbti|disc|riasec|star|smart|grow|swot|pest|okr|kpi|sel|mtss|rti|fba|bip|aba|ot|slt|salt|ep|edpsych|cahms|sw|pa|
hw|hwk|roi|ivo|avo|dvo|chf|ckd|erp|iop|php|prn|tid|qid|tds|qds|bd|od|npo|mse|amhp|imha|imca|ld|mld|sld|pmld|asc|nok|dnr|
dnacpr|mdt|cpa|iro|sgo|pwp|nssi|dsh|aod|oud|aud|ipv|fv|cce|nrm|uasc|eet|neet|iag|ilr|blr|brp|ead|tpr|icwa|pcp|aed|
dx|hx|fx|tx|rx|sx|px|fhx|shx|pmhx|pmh|sfbt|cft|mbt|ssri|snri|tca|maoi|nad|nka|nkda|lmp|edd`);

/** Common words that are also given names: need a context cue before they count as a name. */
export const WORD_NAMES = set(`will|may|hope|grace|bill|mark|frank|rose|dawn|joy|faith|patience|blessing|sunny|summer|
sky|robin|precious|smoke|june|april|august|autumn|winter|river|rain|storm|sage|ivy|holly|daisy|lily|poppy|violet|
amber|ruby|pearl|crystal|jade|honey|candy|cherry|ginger|pepper|misty|dusty|rusty|sandy|penny|bunny|angel|bliss|
charity|chance|destiny|harmony|heaven|honor|honour|justice|liberty|mercy|miracle|serenity|trinity|unity|victory|
glory|gift|goodness|lucky|sonny|king|prince|princess|duke|earl|baron|major|rich|art|gene|guy|jack|jean|jay|ray|
pat|sue|val|viv|sol|sal|ben|don|dean|drew|grant|hunter|mason|carter|cooper|parker|porter|page|miles|lance|gale|
gail|wade|chase|cliff|dale|glen|heath|reed|rod|roman|sterling|tanner|taylor|tyler|walker|warren|wells|wood|woody|
young|hill|park|lee|bell|brown|green|white|black|gray|grey|long|short|little|large|small|north|south|east|west|
mo|max|jan|bob|nick|pip|kit|tim|tom|ted|bud|buddy|scout|ace|blue|reign|star|neo|rocky|bear|wolf|fox|lamb|
hawk|finch|wren|dove|jay|lark|swan|crane|mere|hao|ling|wei|may`);

/** Labels after which an identifier follows: "NHS no.", "MRN", "Case #", "ref". */
export const ID_CUES = set(`nhs|ni|nino|ssn|ss|sin|mrn|uln|upn|ucas|usi|crn|ndis|tfn|medicare|ihi|dva|ref|reference|case|docket|
file|licence|license|lic|account|acct|a/c|member|membership|policy|claim|student|pupil|candidate|patient|client|reg|
registration|passport|visa|brp|permit|id|identifier|number|no|num|#|record|chart|incident|crime|report|referral|
order|invoice|payment|receipt|transaction|ticket|badge|employee|staff|payroll|badge|card|hospital|chi|hcn|umrn|
interpreter|booking|application|enrolment|enrollment|roll|matric|matriculation|sort|iban|bsb|routing|routing#|court|
cause|index|serial|plate|registration|vin`);

/** Words after a number that make it a quantity, not an identifier or age. */
export const QUANTITY_WORDS = set(`sessions|session|weeks|week|days|day|months|month|years|year|hours|hour|hrs|hr|h|mins|min|
minutes|minute|seconds|times|time|pm|am|percent|per|mg|ml|kg|lbs|lb|st|miles|km|units|points|pts|items|people|clients|
staff|children|kids|pupils|students|nights|night|am|pm|o'clock|x|%|th|nd|rd|st`);

/** Lower-case words that join the parts of a name ("Ana de Souza", "Bin Ali"). */
/** Lower-case particles inside a surname: "de la Cruz", "van der Meulen", "ab Iorwerth", "bin Rashid". */
export const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ap', 'ab', 'ter', 'ten', 'zu', 'vom', 'lo', 'ben', 'abu']);
export const CONNECTORS = new Set(['of', 'o', 'and', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'y', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'upon', 'st', 'ap', 'ter', 'ten']);
/** Words of the trade that are never names (abbreviations, jargon). */
export const DOMAIN_WORDS = new Set(['occ', 'hosp', 'meds', 'bio', 'calc', 'econ', 'apush', 'clin', 'insta', 'yr', 'yrs', 'chem', 'accred', 'sess', 'auth', 'tel', 'hoh', 'cont', 'approx', 'mgmt', 'reqs', 'govt', 'dept', 'psych', 'geog', 'eval', 'evals', 'oshc', 'telecare', 'fob', 'pt', 'pts', 'appt', 'appts', 'dx', 'hx', 'tx', 'rx', 'sx', 'fx', 'mse', 'f/u', 'fu', 'cx', 'dna', 'admin', 'supervisee', 'mentee', 'telehealth', 'psychoeducation', 'safeguarding', 'countertransference', 'transference', 'neurodivergent', 'neurodiverse', 'wellbeing', 'careers', 'iag', 'aftercare', 'rota', 'caseload', 'keyworker', 'signposted', 'signposting', 'debrief', 'debriefed', 'triage', 'triaged', 'onboarding', 'upskilling', 'eap', 'pa', 'lpc-a', 'lpc', 'cpd', 'ehcp', 'senco', 'dsl', 'phd', 'ph.d', 'esq', 'hon', 'abpp', 'mtg', 'mtgs', 'rn', 'rns', 'msc', 'bsc', 'mba', 'psyd', 'dclinpsy', 'lcsw', 'lmft', 'lmhc', 'lpn', 'cna', 'bcba', 'comorbid', 'comorbidity', 'comorbidities', 'premorbid', 'neurodevelopmental', 'intox', 'etoh', 'anx', 'ed.s', 'eds', 'dcounspsych', 'dcounspsy', 'dpsych', 'mres', 'mphil', 'pgdip', 'pgcert', 'msw', 'kempt', 'unkempt', 'anhedonia', 'anhedonic', 'neuroleptic', 'psychomotor', 'euthymic', 'dysthymic', 'labile', 'tangential', 'circumstantial', 'perseverative', 'dysphoric', 'hypervigilant', 'dissociative', 'itin', 'itins', 'stressor', 'stressors', 'visuospatial', 'neurocognitive', 'neuropsych', 'dap', 'birp', 'girp', 'adm', 'addr', 'pmhx', 'fhx', 'shx', 'dhx', 'imp', 'obs', 'inpt', 'outpt', 'outpts', 'refs', 'ref', 'asap', 'hrs', 'wk', 'wks', 'mths', 'dob', 'nok', 'ext', 'extn', 'edd', 'gen', 'vivo', 'vitro', 'hotline', 'hotlines', 'helpline', 'helplines']);
/** Family and friendship words after which a lower-case word is a name ("her ex (jordan)"). */
export const KIN_WORDS = new Set(['son', 'daughter', 'brother', 'sister', 'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'ex', 'fiance', 'fiancee', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'aunty', 'auntie', 'grandma', 'grandpa', 'nan', 'nana', 'nanna', 'granny', 'abuela', 'abuelo', 'nonna', 'nonno', 'grandson', 'granddaughter', 'friend', 'bestie', 'mate', 'flatmate', 'roommate', 'housemate', 'neighbour', 'neighbor', 'stepdad', 'stepmum', 'stepmom', 'stepson', 'stepdaughter', 'baby', 'twin', 'bf', 'gf', 'boy', 'girl', 'lad', 'bro', 'sis', 'cuz']);
/** Role words after which short capitals are initials ("client AK"). */
export const CLIENT_WORDS = new Set(['client', 'patient', 'pt', 'mentee', 'supervisee', 'pupil', 'learner', 'student', 'child', 'youth', 'resident', 'customer', 'person']);

/**
 * English, Scottish and Irish surnames that are also ordinary words (occupations, colours, nature): "Tom
 * Baker", "Bill Turner". The surname gazetteer leaves many of them out; they count only after a given name,
 * in a run that a sentence continues ("Tom Baker rang"), never alone.
 */
export const WORD_SURNAMES = set(`baker|field|fields|turner|smith|cook|cooke|taylor|walker|wright|carter|mason|miller|fisher|butler|
cooper|hunter|parker|porter|potter|shepherd|thatcher|weaver|bishop|knight|king|price|brown|green|white|black|gray|grey|wood|woods|
hill|hills|stone|rivers|lake|marsh|moss|nash|bush|frost|snow|rose|gold|day|rice|bell|hall|lane|park|parks|banks|brooks|ford|
young|long|short|little|sharp|strong|armstrong|swift|fox|wolf|lamb|bird|crow|finch|drake|hawk|nightingale|salmon|fish|bull|
steward|stewart|marshall|chamberlain|sergeant|page|clerk|clarke|dyer|glover|hooper|fletcher|archer|bowman|chandler|draper|
farmer|gardener|gardner|fowler|forester|foster|hayward|mercer|miner|plummer|sawyer|slater|tanner|tyler|ward|warden|waters|
webb|webster|wells|west|north|south|east|church|chapel|temple|castle|tower|bridge|bridges|well|pond|pool|brook|dale|glen|heath|
moor|hurst|grove|orchard|house|holmes|burns|cross|payne|pain|bond|bolt|bone|cash|coin|penny|money|noble|rich|hart|heart|love|
hope|joy|good|goodman|best|wise|moody|gentle|merry|bliss|honey|sugar|salt|pepper|mustard|bacon|lamb|hay|straw|reed|rush|
berry|plum|peach|lemon|cherry|orange|olive|ivy|holly|hazel|ash|oak|elm|birch|pine|thorn|bush|branch|leaf|root|flowers|rainbow|
storm|rain|wind|winter|summer|spring|march|may|june|april|august|fry|hunt|chase|dean|lord|pope|pike|glass|mills|barber|carpenter|
brewer|butcher|collier|wheeler|skinner|tucker|fuller|cotton|french|bright|sweet|freeman|crane|swan|wren|sparrow|partridge|peacock|
badger|steele|savage|wilde|silver|copper|bean|hogg|spear|hammer|lyon|buck|hare|abbott|prior|deacon|monk|friar|parsons`);

/**
 * Universities and colleges known by their letters in the UK, Ireland, the US, Australia, New Zealand and Canada:
 * "a place at UNSW", "FIU nursing", "transfer to UCLA". Each names one institution, so it is an organisation
 * wherever it stands in capitals (letters that also stand for a clinical unit, "CDU", "SCU", "UCC", "ECU", are left
 * out).
 */
export const UNIVERSITY_LETTERS = new Set(`UCL KCL LSE QMUL UWE DMU MMU LJMU UEA UEL UWS GCU NTU SHU BCU UWL LSBU UAL SOAS UWTSD USW UHI RGU QUB TCD UCD DCU NUIG
NYU UCLA UCSD UCSB UCSF UIC UIUC UTRGV UTSA UTEP FIU FSU UCF USF FAU GSU MSU WSU SDSU SJSU CSUN CSULB UNLV UNM UMN GWU CMU RPI RIT VCU ODU JMU TCU SMU UNT UAB UNF WVU ASU USC OSU PSU LSU UNC UVA BYU CUNY SUNY MIT
UNSW USYD UTS UQ QUT UWA ANU RMIT ACU JCU CQU UOW UTAS USQ CSU UON NMIT UBC SFU`.split(/\s+/));

/**
 * Large employers known by their brand in the UK, the US and Australia (shops, supermarkets, food, delivery,
 * hotels, banks, carriers): "laid off from Amazon", "at Boots in Bexleyheath", "7-Eleven Hawthorn". Written as in
 * notes (case matters: "boots" and "woolies" in lower case are judged by the informal rules); "'s" brands are
 * written with it. Brands that are everyday words or initials in notes are left out: Next, Target, Iceland,
 * Subway, Sky, Chase, Rebel, Spotlight, Compass, EE, O2, BT.
 */
export const EMPLOYER_BRAND_NAMES: readonly string[] = `Tesco|Asda|ASDA|Sainsbury's|Morrisons|Aldi|ALDI|Lidl|Waitrose|Co-op|Greggs|Primark|Boots|Superdrug|Argos|Currys|B&M|Home Bargains|Poundland|Wilko|Sports Direct|JD Sports|Marks & Spencer|M&S|John Lewis|TK Maxx|Matalan|Screwfix|Toolstation|B&Q|Wickes|Halfords|Specsavers|Pret|Nando's|Wetherspoons|Pizza Express|Premier Inn|Travelodge|Royal Mail|Evri|DPD|Ocado|Deliveroo|Just Eat|ASOS|Boohoo|Vodafone|Virgin Media|Barclays|Lloyds|HSBC|NatWest|Santander|Network Rail|Arriva|Stagecoach|Serco|G4S|Capita|Mitie|Sodexo|Amazon|McDonald's|KFC|Burger King|Domino's|Starbucks|Caffè Nero|Caffe Nero|Walmart|Costco|Kroger|Safeway|Publix|Albertsons|H-E-B|Meijer|Walgreens|CVS|Rite Aid|Home Depot|Lowe's|Best Buy|Macy's|Kohl's|TJ Maxx|Marshalls|Dollar General|Dollar Tree|Family Dollar|7-Eleven|Wawa|Sheetz|Chick-fil-A|Taco Bell|Wendy's|Chipotle|Dunkin'|Panera|Olive Garden|Applebee's|IHOP|Denny's|UPS|FedEx|USPS|DoorDash|Uber Eats|Instacart|Lyft|Trader Joe's|Whole Foods|Food Lion|Giant Eagle|Jewel-Osco|Mariano's|Raley's|Hy-Vee|Winn-Dixie|Sam's Club|AutoZone|Goodwill|Wells Fargo|Bank of America|Woolworths|Woolies|Coles|IGA|Bunnings|Kmart|Big W|Myer|David Jones|JB Hi-Fi|Harvey Norman|Officeworks|Chemist Warehouse|Priceline|Hungry Jack's|Maccas|Red Rooster|Guzman y Gomez|Boost Juice|Australia Post|Telstra|Optus|Qantas|Virgin Australia|Commonwealth Bank|CommBank|Westpac|ANZ|NAB|BWS|Dan Murphy's|Liquorland|Repco|Supercheap Auto|Menulog`.split('|');
