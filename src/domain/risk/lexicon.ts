// The cue lexicon: phrases that may indicate risk, with the near misses each one must not catch
// ("killing it at work", "cut down on caffeine", "bath bomb"). A cue says what it indicates; the
// context rules (negation, time, reported speech, hypotheticals) are applied afterwards, in context.ts.
import type { RiskCategory, RiskIndicator } from './types.js';
import { ABUSER, AUX_WORDS, PERSON, PERSON_NP, REFLEXIVE, VIOLENT_VERB, rx } from './vocabulary.js';

/**
 * How the category is settled:
 * - a RiskCategory: fixed;
 * - 'abuse': child protection or adult safeguarding, from who is involved (see victim.ts);
 * - 'harm-other': a threat or intent to harm someone: risk to others, unless the nearest subject is a
 *   partner or family member and the object is the client ("her ex has threatened to kill her"), which
 *   is abuse of the client;
 * - 'violence-by': an act of violence whose subject decides the same way.
 */
export type CueCategory = RiskCategory | 'abuse' | 'harm-other' | 'violence-by';

export interface Cue {
  readonly id: string;
  readonly category: CueCategory;
  readonly indicator: RiskIndicator;
  readonly confidence: 'high' | 'medium';
  readonly re: RegExp;
  /** Lower-case literals, at least one of which is in any text the regex matches (a cheap prefilter). */
  readonly stems: readonly string[];
  /** Rejects the match when the text just before it matches (anchored at the end, `$`). */
  readonly notBefore?: RegExp;
  /** Rejects the match when the text just after it matches (anchored at the start, `^`). */
  readonly notAfter?: RegExp;
  readonly accept?: (m: RegExpExecArray) => boolean;
  /** Only counts when the sentence names a child ("left alone" is neglect of a child, not of an adult). */
  readonly needsChild?: boolean;
  /** With no marker of who is involved, read as child protection (FGM, county lines, missing from home). */
  readonly defaultChild?: boolean;
  /** Also raises these (county lines: exploitation of a child and drug supply). */
  readonly also?: readonly { readonly category: RiskCategory; readonly indicator: RiskIndicator }[];
}

type CueSpec = Omit<Cue, 're' | 'confidence' | 'id'> & { re: string; flags?: string; confidence?: 'high' | 'medium' };

const R = REFLEXIVE;
const OWN_LIFE = "(?:my|his|her|their|your) (?:own )?life";
const HARM_VERB = "(?:kill|murder|stab|shoot|hurt|harm|attack|strangle|batter|punch|smash|poison|knife|glass|torch|rape|maim|blow up|bomb|shank|beat (?:\\S+ ){1,3}up|beat up|get (?:\\S+ ){1,4}beaten up|do (?:him|her|them) in)";
const HARMING = '(?:killing|murdering|stabbing|shooting|hurting|harming|attacking|strangling|battering|beating up|punching|poisoning|raping|maiming|blowing up)';
const TOPIC_MEDIA = '(?:documentary|essay|article|book|novel|dissertation|coursework|film|podcasts?|research(?:ing)?|assignment|lecture|module|story|programme|show|play)';
void TOPIC_MEDIA;

const specs: Record<string, CueSpec> = {
  // ── risk to self: suicidal thoughts ──────────────────────────────────────────────────────
  suicidal: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: '\\bsuicidal(?:ity)?\\b', stems: ['suicid'] },
  suicide: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', re: '\\bsuicides?\\b', stems: ['suicid'],
    notBefore: rx('(?:died|death|deaths|lost|killed|bereaved|bereavement|loss|anniversary|passed away|rates? of|prevent(?:ing)?)\\s+(?:\\w+\\s+)?(?:by|to|through|from|of|after|in)?\\s*$', 'i'),
    notAfter: rx('^\\s+(?:prevention|awareness|bereavement|helplines?|hotlines?|lines?|statistics|rates?|squad|policy|training|bomb\\w*)', 'i') },
  attempt: { category: 'risk-to-self', indicator: 'suicide-attempt', re: '\\b(?:suicide attempts?|attempted suicide|attempt(?:ed|s)? (?:to )?(?:kill|end|take) |tried to (?:kill|hang|drown|end|take|overdose))', stems: ['attempt', 'tried to'] },
  killSelf: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: `\\bkill(?:s|ed|ing)? ${R}`, stems: ['kill'] },
  ownLife: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: `\\b(?:take|takes|taking|took|taken|end|ends|ending|ended) ${OWN_LIFE}`, stems: ['life'],
    notBefore: rx('\\b(?:father|mother|brother|sister|dad|mum|friend|son|daughter|uncle|aunt|partner|husband|wife|cousin|grandad|grandfather|grandmother)\\s+(?:had\\s+)?$', 'i') },
  endItAll: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "\\bend(?:ing)? (?:it all|everything|things|it(?= (?:tonight|today|now|soon)))\\b", stems: ['end'] },
  wantDie: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "\\b(?:want(?:s|ed|ing)?|wish(?:es|ed|ing)?|would like|going|ready|deserves?) to die\\b", stems: ['die'] },
  wishDead: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "\\b(?:wish(?:es|ed)? (?:I|he|she|they) (?:was|were) dead|wish(?:es)? to be dead|better off dead|(?:be )?better off without me\\b|(?:everyone|they|family|we|world|people|kids|children|you|all|would|'d) (?:would |will |'d )?be better off without (?:me|him|her|them)\\b)", stems: ['dead', 'better off'] },
  notHere: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "(?:\\b(?:don'?t|doesn'?t|do not|does not|didn'?t|did not|no longer) want (?:to )?(?:be here|live|be alive|exist|wake up|go on|carry on|be around)\\b|\\bnot (?:want to )?(?:be|being) (?:here|around) any ?more|\\bwon't be (?:here|around) (?:much longer|for long|any ?more))", stems: ['want', 'be here', 'being here', 'be around', 'being around'] },
  noPoint: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "\\b(?:no (?:point|reason|purpose) (?:in |to )?(?:living|live|life|going on|carrying on|being (?:here|alive))|(?:life )?(?:is |isn't |is not )?not worth living|isn't worth living|nothing to live for|can'?t (?:go on|carry on|cope any ?more|do this any ?more)|cannot (?:go on|carry on))", stems: ['point', 'reason', 'purpose', 'living', 'live for', 'go on', 'carry on', 'cope', 'do this'] },
  neverWake: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: "\\b(?:go to sleep|fall asleep|sleep|close (?:my|his|her) eyes) and (?:never|not) wake up|\\bhopes? (?:he|she|I|they)(?:'ll| will)? (?:crash(?:es)?|dies?|(?:doesn't|don't|won't) wake up)|\\b(?:doesn'?t|don'?t|does not|do not) care (?:if|whether) (?:she|he|I|they) (?:dies?|lives?|wakes? up)", stems: ['wake', 'hope', 'care if', 'care whether'] },
  thoughtsDeath: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', re: '\\b(?:thoughts?|thinking|thinks|images?|urges?) (?:of|about) (?:death|dying|being dead|ending (?:it|things|my life|his life|her life|their life))\\b', stems: ['death', 'dying', 'dead', 'ending'] },
  burden: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', re: '\\b(?:feel(?:s|ing)?|felt) (?:like )?(?:a|such a|an? (?:\\w+ )?) burden\\b|\\bbeing a burden\\b', stems: ['burden'] },
  acronymSI: { category: 'risk-to-self', indicator: 'suicidal-ideation', re: '\\b(?:SI|DSH|SH|SIB|NSSI)\\b', flags: 'g', stems: ['SI', 'SH', 'DSH', 'SIB', 'NSSI'] },
  somethingToSelf: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', re: `\\bdo something (?:stupid |silly )?to ${R}`, stems: ['something'] },
  waysToDie: { category: 'risk-to-self', indicator: 'plan', re: `\\b(?:ways|how|methods?) (?:to|of) (?:kill (?:${R}|yourself)|end (?:it|${OWN_LIFE})|die|suicide|hang|overdose)\\b`, stems: ['kill', 'end', 'die', 'suicide', 'hang', 'overdose'] },
  planTo: { category: 'risk-to-self', indicator: 'plan', re: `\\bplan(?:s|ned|ning)? (?:to|of|for|involving) (?:jump|hang|overdose|drown|end it|kill ${R}|take ${OWN_LIFE}|suicide|die)`, stems: ['plan'] },
  goodbye: { category: 'risk-to-self', indicator: 'plan', re: '\\b(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?)\\b', stems: ['goodbye', 'suicide', 'farewell'] },
  givenAway: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', re: "\\b(?:gave|given|giving|give|gives) away (?:all )?(?:of )?(?:his|her|their|my) (?:belongings|possessions|things|stuff|pets?|dog|cat|guitar|games console|prized \\w+)\\b", stems: ['away'] },
  jump: { category: 'risk-to-self', indicator: 'means', re: "\\bjump(?:s|ed|ing)? (?:off|from|in front of) (?:the |a |an )?(?:[\\w-]+ ){0,2}(?:bridge|balcony|roof|building|car park|cliff|window|train|bus|lorry|tower|flats?|platform|motorway)\\b", stems: ['jump'] },
  stepFront: { category: 'risk-to-self', indicator: 'means', re: '\\b(?:step|steps|stepped|stepping|walk|walking|walked|throw(?:ing)? (?:myself|himself|herself)) (?:out )?in front of (?:a |the )?(?:train|bus|lorry|car|truck|traffic)\\b', stems: ['front of'] },
  driveInto: { category: 'risk-to-self', indicator: 'means', re: '\\bdriv(?:e|es|ing|en) (?:his|her|my|their|the) car (?:into|off)\\b', stems: ['car'] },
  hang: { category: 'risk-to-self', indicator: 'means', re: `\\b(?:hang(?:s|ing)? ${R}|hanged ${R}|nooses?|ligatures?|by hanging)\\b`, stems: ['hang', 'noose', 'ligature'] },
  rope: { category: 'risk-to-self', indicator: 'means', confidence: 'medium', re: '\\b(?:bought|buying|buy|got|has|have|had|with|found|hidden) a rope\\b', stems: ['rope'] },
  stockpile: { category: 'risk-to-self', indicator: 'means', re: "\\b(?:stockpil\\w+|hoard(?:s|ed|ing)? (?:\\w+ ){0,2}(?:tablets|pills|medication|meds|paracetamol)|sav(?:ed|ing|es) up (?:\\w+ ){0,2}(?:tablets|pills|medication|meds|paracetamol)|(?:tablets|pills|medication|meds|paracetamol) (?:saved|stored|hidden|stashed)(?: up)?)\\b", stems: ['stockpil', 'hoard', 'saved', 'saving', 'saves', 'stored', 'hidden', 'stashed'] },
  // ── risk to self: self-harm and overdose ─────────────────────────────────────────────────
  selfHarm: { category: 'risk-to-self', indicator: 'self-harm', re: '\\bself[- ]?(?:harm\\w*|injur\\w*)', stems: ['self'] },
  harmSelf: { category: 'risk-to-self', indicator: 'self-harm', re: `\\b(?:harm(?:s|ed|ing)?|hurt(?:s|ing)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?|hit(?:s|ting)?|injur(?:e|es|ed|ing)|starv(?:e|es|ed|ing)|scratch(?:es|ed|ing)?) ${R}`, stems: ['self', 'selves'] },
  cuttingBody: { category: 'risk-to-self', indicator: 'self-harm', re: '\\b(?:cut(?:s|ting)?|slash(?:es|ed|ing)?|scratch(?:es|ed|ing)?|burn(?:s|ed|t|ing)?) (?:her|his|their|my) (?:own )?(?:arms?|wrists?|legs?|thighs?|forearms?|stomach|skin|body)\\b', stems: ['cut', 'slash', 'scratch', 'burn'] },
  isCutting: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', re: "\\b(?:is|been|was|keeps?|kept|started|starts?|stopped|still|again|has been|had been|'s) cutting\\b", stems: ['cutting'],
    notAfter: rx('^\\s+(?:down|back|up|out|off|ties|corners|class|classes|costs?|school|lessons|it|the|a|an|her hair|his hair|hair|through|in|across|me|him|her|them|their|his|my|into)\\b', 'i') },
  cuttingAgain: { category: 'risk-to-self', indicator: 'self-harm', re: '\\bcutting again\\b', stems: ['cutting'] },
  headBang: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', re: '\\b(?:head[- ]?bang\\w*|bang(?:s|ed|ing)? (?:his|her|their|my) head|punch(?:es|ed|ing)? (?:walls?|the wall|doors?))\\b', stems: ['bang', 'punch'] },
  blades: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', re: '\\b(?:razor blades?|(?:hidden|hides|hiding) (?:razor )?blades|blades? (?:hidden|in (?:her|his|their) (?:room|bedroom|bag|pencil case)))\\b', stems: ['blade'] },
  scars: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', re: '\\b(?:(?:old|healed|fresh|new) scars|scars on (?:her|his|their|both) (?:arms|wrists|legs|thighs|forearms))\\b', stems: ['scars'] },
  overdose: { category: 'risk-to-self', indicator: 'overdose', re: '\\b(?:overdos(?:e|es|ed|ing))\\b', stems: ['overdos'],
    notAfter: rx('^\\s+on\\s+(?:caffeine|coffee|sugar|chocolate|tv|netflix|revision|work|energy drinks|sweets|sun)\\b', 'i') },
  tookPills: { category: 'risk-to-self', indicator: 'overdose', re: '\\b(?:take|takes|took|taken|taking|swallow(?:ed|s|ing)?) (?:a handful of|all (?:of )?(?:his|her|my|their|the)|too many|loads of|lots of|a load of|a bunch of|a packet of|packets of|a box of|(?:his|her|their) whole) (?:\\w+ )?(?:tablets|pills|paracetamol|medication|meds)\\b|\\b(?:take|took|taking|swallow\\w*) (?:them|it) all\\b', stems: ['tablets', 'pills', 'paracetamol', 'medication', 'meds', 'them all', 'it all'] },
  // ── risk to self: screening items ────────────────────────────────────────────────────────
  phqItem9: { category: 'risk-to-self', indicator: 'screening-item', confidence: 'medium', re: '\\bitem\\s*9\\b[^.;\\n]{0,30}?(?:scored?|score of|=|:|was|of)\\s*([0-3])\\b|\\bscored?\\s+([0-3])\\s+on\\s+(?:the\\s+)?item\\s*9\\b', stems: ['item'],
    accept: (m) => (m[1] ?? m[2]) !== '0' },
  riskItem: { category: 'risk-to-self', indicator: 'screening-item', confidence: 'medium', re: '\\brisk items?[^.;\\n]{0,20}?(?:scored?|=|:)\\s*([0-4])\\b', stems: ['risk item'], accept: (m) => m[1] !== '0' },
  selfNeglect: { category: 'risk-to-self', indicator: 'self-neglect', confidence: 'medium', re: '\\bself[- ]neglect\\w*', stems: ['neglect'] },
  // ── risk to others ───────────────────────────────────────────────────────────────────────
  intent: { category: 'harm-other', indicator: 'intent-to-harm', re: `\\b(?:want(?:s|ed|ing)?|going|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|intent|intention|urges?|tempted|would like|wish(?:es)?|means|meant|telling (?:him|her|them|me)) to ${HARM_VERB}\\b`, stems: ['kill', 'murder', 'stab', 'shoot', 'hurt', 'harm', 'attack', 'strangle', 'batter', 'punch', 'smash', 'poison', 'knife', 'glass', 'torch', 'rape', 'maim', 'blow up', 'bomb', 'shank', 'beat', 'do him', 'do her', 'do them'] },
  willHarm: { category: 'harm-other', indicator: 'threat', re: `\\b(?:will|'ll|would|gonna|could) ${HARM_VERB}\\b`, stems: ['kill', 'murder', 'stab', 'shoot', 'hurt', 'harm', 'attack', 'strangle', 'batter', 'punch', 'smash', 'poison', 'knife', 'glass', 'torch', 'rape', 'maim', 'blow up', 'bomb', 'shank', 'beat', 'do him', 'do her', 'do them'] },
  thoughtsOf: { category: 'harm-other', indicator: 'intent-to-harm', re: `\\b(?:thoughts?|fantas(?:y|ies)|fantasi[sz](?:es|ing|ed)|ideas?|images?|urges?|impulses?|thinking|thought|talked|talking|talks|dreams?) (?:of|about) ${HARMING}\\b`, stems: ['killing', 'murdering', 'stabbing', 'shooting', 'hurting', 'harming', 'attacking', 'strangling', 'battering', 'beating', 'punching', 'poisoning', 'raping', 'maiming', 'blowing'] },
  threatTo: { category: 'harm-other', indicator: 'threat', re: `\\b(?:threat(?:s|en|ens|ened|ening)?|made threats?) (?:to )?(?:${HARM_VERB}|kill|burn)\\b|\\bthreats? (?:of|to) (?:violence|kill)\\b|\\bmade (?:\\w+ )?threats?\\b|\\bthreaten(?:s|ed|ing)? (?!by\\b|with\\b)(?:him|her|them|me|the|his|their|a|an|staff|people|someone|to)\\b`, stems: ['threat'],
    notBefore: rx('\\b(?:felt|feel|feels|feeling|was|were|being|been|is|are|get|gets|got)\\s+$', 'i') },
  hto: { category: 'risk-to-others', indicator: 'intent-to-harm', re: '\\b(?:HTO|HO)\\b', flags: 'g', stems: ['HTO', 'HO'] },
  harmOthers: { category: 'risk-to-others', indicator: 'intent-to-harm', re: `\\b(?:${HARMING}|harm(?:s|ed)?|hurt(?:s)?) (?:(?:${R}|yourself) or )?(?:others|other people|anyone|someone|anybody|people)\\b`, stems: ['harm', 'hurt', 'killing', 'murdering', 'stabbing', 'shooting', 'hurting', 'harming', 'attacking', 'strangling', 'battering', 'beating', 'punching', 'poisoning', 'raping', 'maiming', 'blowing'] },
  violentTo: { category: 'risk-to-others', indicator: 'violence', re: `\\b(?:violent|aggressive) (?:towards?|to|with) ${PERSON_NP}|\\blash(?:es|ed|ing)? out at ${PERSON_NP}|\\bsmash (?:his|her|their|someone's|[\\w-]+'s) (?:\\w+ )?face in\\b`, stems: ['violent', 'aggressive', 'lash', 'smash'] },
  violenceBy: { category: 'violence-by', indicator: 'violence', re: `\\b(?:he|she|they|I|client)\\s+(?:${AUX_WORDS}\\s+){0,3}${VIOLENT_VERB}\\s+${PERSON_NP}`, stems: ['hit', 'beat', 'punch', 'kick', 'slap', 'smack', 'chok', 'strangl', 'throttl', 'shov', 'push', 'batter', 'hurt', 'attack', 'assault', 'shook', 'shak', 'headbutt', 'stab', 'glass'] },
  offence: { category: 'risk-to-others', indicator: 'violence', confidence: 'medium', re: '\\b(?:convicted|conviction|sentence|prison|jail|charged|arrested|cautioned|caution|custody|served time) (?:\\w+ ){0,2}(?:for|of) (?:assault|GBH|ABH|wounding|violence|murder|manslaughter|affray|attempted murder|stabbing)\\b', stems: ['assault', 'gbh', 'abh', 'wounding', 'violence', 'murder', 'manslaughter', 'affray', 'stabbing'] },
  getWeapon: { category: 'risk-to-others', indicator: 'weapon', confidence: 'medium', re: '\\b(?:get|buy|obtain|got|bought|buying|getting|obtained) (?:hold of )?(?:a |an )?(?:gun|firearm|shotgun|pistol|rifle|machete|crossbow|weapon)\\b', stems: ['gun', 'firearm', 'pistol', 'rifle', 'machete', 'crossbow', 'weapon'] },
  bombMaking: { category: 'serious-crime', indicator: 'terrorism', re: '\\b(?:mak(?:e|es|ing)|buil(?:d|ds|ding|t)|plant(?:s|ed|ing)?|made) (?:a |an )?(?:bombs?|explosives?|pipe bombs?|IED)\\b|\\bbomb-making\\b', stems: ['bomb', 'explosive', 'ied'],
    also: [{ category: 'risk-to-others', indicator: 'intent-to-harm' }] },
  // ── abuse and neglect (child or adult, settled in victim.ts) ─────────────────────────────
  abuserHarms: { category: 'abuse', indicator: 'physical-abuse', re: `\\b${ABUSER}\\s+(?:${AUX_WORDS}\\s+){0,3}(?:${VIOLENT_VERB}|rap(?:es|ed)|abus(?:es|ed)|molest(?:s|ed)|locks?|locked|burn(?:s|ed|t))\\s+(?:${PERSON_NP}|mum\\b)`, stems: ['hit', 'beat', 'punch', 'kick', 'slap', 'smack', 'chok', 'strangl', 'throttl', 'shov', 'push', 'batter', 'hurt', 'attack', 'assault', 'shook', 'shak', 'headbutt', 'stab', 'glass', 'rape', 'abus', 'molest', 'lock', 'burn'] },
  passiveBy: { category: 'abuse', indicator: 'physical-abuse', re: `\\b(?:was|were|is|are|been|being|got|gets|get|be)\\s+(?:\\w+\\s+)?(?:hit|beaten|punched|kicked|slapped|smacked|strangled|choked|hurt|attacked|assaulted|raped|abused|molested|groomed|touched|burned|burnt|locked out|pushed|thrown|shaken)\\s+by\\s+(?:(?:her|his|their|my|a|an|the|some|two|older|several)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${ABUSER}|${PERSON}|men|group|gang|lads|boys|girls)\\b`, stems: ['hit', 'beaten', 'punched', 'kicked', 'slapped', 'smacked', 'strangled', 'choked', 'hurt', 'attacked', 'assaulted', 'raped', 'abused', 'molested', 'groomed', 'touched', 'burned', 'burnt', 'locked', 'pushed', 'thrown', 'shaken'] },
  passive: { category: 'abuse', indicator: 'physical-abuse', re: '\\b(?:was|were|is|are|been|being|got|gets|get|be)\\s+(?:\\w+\\s+)?(?:beaten|raped|abused|sexually assaulted|assaulted|molested|battered|strangled|groomed|trafficked|exploited)\\b', stems: ['beaten', 'raped', 'abused', 'assaulted', 'molested', 'battered', 'strangled', 'groomed', 'trafficked', 'exploited'],
    notAfter: rx('^\\s+(?:by\\s+(?:a\\s+)?(?:car|bus|van|ball|the system))', 'i') },
  strangled: { category: 'abuse', indicator: 'physical-abuse', re: '\\b(?:strangl(?:ed|es|ing)|chok(?:ed|es|ing)|throttl(?:ed|es|ing)|pushed) (?:her|him|me|them)\\b(?! up)', stems: ['strangl', 'chok', 'throttl', 'pushed'] },
  bruises: { category: 'abuse', indicator: 'physical-abuse', re: "\\b(?:(?:finger[- ]?(?:shaped|tip|mark)|unexplained|non-accidental|suspicious|grip|belt|slap)\\s*(?:bruis\\w+|marks?|injur\\w+|burns?)|bruis\\w+ (?:on|to|around) (?:his|her|their|the|both|[\\w-]+'s) (?:\\w+ )?(?:back|arms?|face|neck|legs|wrists?|body|buttocks|bottom|cheeks?|ears?|chest|thighs?|eyes?|ribs))\\b", stems: ['bruis', 'marks', 'injur', 'burn', 'mark'] },
  sexualAbuse: { category: 'abuse', indicator: 'sexual-abuse', re: '\\b(?:sexual(?:ly)? (?:abuse|abused|abusing|assault|assaulted|exploitation|exploited|activity with|touching)|rap(?:e|ed|es|ing)|molest\\w*|indecent(?:ly)? (?:assault|exposure|images)|sexual things)\\b', stems: ['sexual', 'rape', 'raping', 'molest', 'indecent'],
    notBefore: rx('\\b(?:grape|drape)$', 'i') },
  touched: { category: 'abuse', indicator: 'sexual-abuse', re: '\\btouch(?:ed|es|ing)? (?:her|him|me|them|the child)\\s+(?:inappropriately|sexually|down there|between (?:her|his|their) legs|under (?:her|his|their) clothes)|\\btouch(?:ed|es|ing)? (?:her|his|my|their) (?:private parts|privates|genitals|vagina|penis|breasts?|bottom|bum|chest)\\b', stems: ['touch'] },
  forcedSex: { category: 'abuse', indicator: 'sexual-abuse', re: '\\bforc(?:es|ed|ing|e) (?:her|him|me|them) (?:to )?(?:do |have |perform |watch )?(?:sexual|sex)', stems: ['forc'] },
  nudes: { category: 'abuse', indicator: 'exploitation', re: '\\b(?:nudes|(?:nude|naked|sexual|explicit) (?:photos?|pictures?|images?|selfies|videos?))\\b', stems: ['nude', 'naked', 'sexual', 'explicit'] },
  ageGap: { category: 'abuse', indicator: 'sexual-abuse', confidence: 'medium', re: '\\b(?:1[0-5]|[5-9])[- ]year[- ]old\\b[^.;]{0,60}?\\b(?:relationship|sex|sleeping|going out|dating|seeing)\\b[^.;]{0,30}?\\b(?:1[89]|[2-9]\\d)[- ]year[- ]old\\b', stems: ['year'] },
  grooming: { category: 'abuse', indicator: 'grooming', re: '\\bgroom(?:ed|ing|s)?\\b', stems: ['groom'],
    notBefore: rx('\\b(?:dog|dogs|pet|horse|cat)\\s+$', 'i'), notAfter: rx('^\\s+(?:business|salon|parlou?r|apprenticeship|course|kit|products|the (?:dog|horse|cat)|dogs?|horses?|cats?|pets?)\\b', 'i') },
  secret: { category: 'abuse', indicator: 'grooming', confidence: 'medium', needsChild: true, re: '\\bkeep (?:it|them|this|that|the messages|things|our chats?) (?:a |our )?secrets?\\b', stems: ['secret'] },
  leftAlone: { category: 'abuse', indicator: 'neglect', needsChild: true, re: '\\b(?:left|leaves|leaving|leave) (?:\\w+ ){0,2}(?:alone|unsupervised|on (?:his|her|their) own|home alone|by themselves|by (?:him|her)self)\\b|\\bhome alone\\b', stems: ['alone', 'unsupervised', 'on his own', 'on her own', 'on their own', 'themselves', 'himself', 'herself'] },
  noFood: { category: 'abuse', indicator: 'neglect', re: "\\b(?:no food (?:in the (?:house|home|flat)|at home)|(?:home|house|flat) has no food|without (?:food|meals|heating)|(?:underweight|malnourish\\w*|failure to thrive)|(?:arrives?|comes?|came|is|was|often|always) (?:to school )?hungry|(?:dirty|soiled|unwashed|smelly) (?:clothes|clothing|sheets|nappy|nappies|bedding|uniform)|untreated (?:head lice|injur\\w+|infections?|tooth decay|medical)|(?:using|uses|on|taking|takes|drinking|drunk)\\s+(?:heroin|crack|cocaine|drugs|alcohol)\\s+while\\s+(?:caring|looking after|in charge|pregnant|with))", stems: ['food', 'meals', 'heating', 'weight', 'malnourish', 'thrive', 'hungry', 'dirty', 'soiled', 'unwashed', 'smelly', 'untreated', 'heroin', 'crack', 'cocaine', 'drugs', 'alcohol'],
    needsChild: false },
  neglectWord: { category: 'abuse', indicator: 'neglect', re: '(?<!self[- ])\\bneglect(?:ful)?\\b(?! to)|\\bneglect(?:ed|ing|s) (?:the |her |his |their )?(?:child|children|kids|baby|son|daughter|toddler)\\b', stems: ['neglect'] },
  shed: { category: 'abuse', indicator: 'emotional-abuse', re: '\\b(?:locked|locks|lock|shut|shuts) (?:him|her|them|me) (?:out|in)\\b|\\bmakes? (?:her|him|them|me) sleep (?:in|outside|on)\\b', stems: ['lock', 'shut', 'sleep'] },
  missing: { category: 'abuse', indicator: 'exploitation', confidence: 'medium', defaultChild: true, re: '\\bmissing from (?:home|care|school|the (?:home|placement))\\b|\\b(?:new|unexplained) (?:phones?|trainers|money|cash|gifts)\\b', stems: ['missing', 'phone', 'trainers', 'money', 'cash', 'gift'] },
  carryFor: { category: 'abuse', indicator: 'exploitation', needsChild: true, re: '\\b(?:pay|pays|paid|paying|made|makes|make|asked|asks|told|tells|forced|forces|pressured|pressuring|uses|using) (?:him|her|them|me) to (?:carry|hold|deliver|move|drop off|sell|stash|hide|run) (?:packages|parcels|drugs|bags|stuff|things|weapons|money)\\b', stems: ['packages', 'parcels', 'drugs', 'bags', 'stuff', 'things', 'weapons', 'money'] },
  countyLines: { category: 'abuse', indicator: 'exploitation', defaultChild: true, re: '\\b(?:county lines?|cuckoo(?:ing|ed)|criminal exploitation)\\b', stems: ['county line', 'cuckoo', 'criminal exploitation'],
    also: [{ category: 'serious-crime', indicator: 'drug-supply' }] },
  fgm: { category: 'abuse', indicator: 'fgm', defaultChild: true, re: "\\b(?:FGM|female genital mutilation|female circumcision|sunna|(?:be|being|get|getting|been|was|is) ['‘\"](?:cut|circumcised)['’\"])|\\b(?:be|being|get|getting) (?:cut|circumcised) (?:in|during|over|this|when|by) (?:the )?(?:summer|holidays?|ceremony|Somalia|Sudan|Egypt|Ethiopia|Eritrea|Guinea|Mali|Sierra Leone|Djibouti|abroad|back home|family)\\b", stems: ['fgm', 'genital', 'circumcis', 'sunna', 'cut'] },
  forcedMarriage: { category: 'abuse', indicator: 'forced-marriage', re: "\\b(?:forced (?:to marry|into (?:a )?marriage|marriage)|forc(?:e|es|ing) (?:her|him|them|me) to marry|(?:made|make|making|makes) (?:her|him|them|me) marry|(?:arranged|arranging) for (?:her|him|them) to marry (?:a man|a woman|someone|an older man) (?:she|he|they) (?:has |have )?never met|marry (?:a man|a woman|someone) (?:she|he|they) (?:has |have |had )?never met)", stems: ['marr'] },
  domestic: { category: 'abuse', indicator: 'domestic-abuse', re: '\\b(?:domestic (?:abuse|violence)|intimate partner (?:abuse|violence)|abusive (?:relationship|marriage|partner|husband|wife|boyfriend|girlfriend|ex|home|household)|(?:violence|violent) (?:in|at) (?:the |her |his |their )?(?:relationship|home|house|marriage))\\b', stems: ['domestic', 'intimate', 'abusive', 'violen'] },
  coercive: { category: 'abuse', indicator: 'coercive-control', re: "\\b(?:coercive(?:ly)? control\\w*|controls? (?:all )?(?:of )?(?:the |her |his |their )?(?:money|finances|bank|benefits|wages)|(?:won't|doesn't|does not|will not|would not|wouldn't|never) (?:let|lets|allow|allows) (?:her|him|me|them) (?:to )?(?:see|go|have|leave|work|contact|speak|talk|visit|use)|checks? (?:her|his|my) (?:phone|messages|texts|emails)|tracks? (?:her|his|my) (?:location|phone|movements)|monitors (?:her|his) (?:phone|movements|messages))", stems: ['control', 'let', 'allow', 'check', 'track', 'monitor'] },
  financial: { category: 'abuse', indicator: 'financial-abuse', re: '\\b(?:financial(?:ly)? (?:abuse|abused|exploitation|exploited)|(?:takes?|took|taking|steals?|stole|stealing) (?:all )?(?:of )?(?:his|her|their|my) (?:pension|benefits|money|savings|bank card|wages)|forc(?:es|ed|ing|e) (?:her|him|them|me) to sign)\\b', stems: ['financial', 'pension', 'benefits', 'money', 'savings', 'bank card', 'wages', 'sign'] },
  slavery: { category: 'abuse', indicator: 'modern-slavery', re: '\\b(?:modern slavery|traffick(?:ed|ing)|work(?:s|ing|ed)? \\d+ hours a day for no (?:pay|wages|money)|for no (?:pay|wages)|(?:passport|documents) (?:was |were |has been |have been |had been |is being )?(?:taken|kept|held|confiscated|removed)|(?:took|takes|kept|keeps|holds|held) (?:his|her|their|my) (?:passport|documents))\\b', stems: ['slavery', 'traffick', 'no pay', 'no wages', 'no money', 'passport', 'documents'] },
  // ── acronyms, matched case-sensitively ───────────────────────────────────────────────────
  acronymOD: { category: 'risk-to-self', indicator: 'overdose', re: "\\bOD(?:'d|ed)?\\b", flags: 'g', stems: ['OD'] },
  acronymDA: { category: 'abuse', indicator: 'domestic-abuse', re: '\\b(?:DV|DA|IPV)\\b', flags: 'g', stems: ['DV', 'DA', 'IPV'] },
  acronymCSE: { category: 'abuse', indicator: 'sexual-abuse', defaultChild: true, re: '\\b(?:CSE|CSA)\\b', flags: 'g', stems: ['CSE', 'CSA'] },
  acronymCCE: { category: 'abuse', indicator: 'exploitation', defaultChild: true, re: '\\bCCE\\b', flags: 'g', stems: ['CCE'] },
  // ── serious crime ────────────────────────────────────────────────────────────────────────
  terrorism: { category: 'serious-crime', indicator: 'terrorism', re: '\\b(?:radicali[sz](?:ed|ation|ing|e)|extremis[tm]s?|far[- ]right (?:material|groups?|ideology|propaganda|content)|jihad\\w*|terroris[tm]s?|ISIS|Daesh|join(?:ing)? the fight|mass (?:shooter|shooting|killing)|school shooting|(?:planning|plan|plans|planned) (?:a |an )?(?:attack|shooting|bombing|massacre))\\b', stems: ['radical', 'extremis', 'right', 'jihad', 'terroris', 'isis', 'daesh', 'fight', 'mass', 'shooting', 'attack', 'bombing', 'massacre'] },
  carryWeapon: { category: 'serious-crime', indicator: 'weapon', re: '\\b(?:carr(?:y|ies|ied|ying)|has|had|keeps?|kept|hid(?:es|den|ing)?|brought|brings?|bringing|took|takes|taking|with) (?:a |an |his |her |their |the )?(?:knife|knives|machete|blade|gun|firearm|pistol|shotgun|crossbow|knuckle-?duster|zombie knife|weapons?)\\b(?![- ](?:and fork|skills|block|set|crime))|\\bweapons?\\b|\\b(?:gun|knife|weapon|machete) used in\\b', stems: ['knife', 'knives', 'machete', 'blade', 'gun', 'firearm', 'pistol', 'crossbow', 'knuckle', 'weapon'],
    notBefore: rx('\\b(?:secret|glue|nail|staple|water|hot glue)\\s+$', 'i') },
  robbery: { category: 'serious-crime', indicator: 'robbery', re: '\\b(?:at (?:knife|gun)point|(?:he|she|they|I|client) (?:\\w+ )?(?:robbed|mugged) (?:a|an|the|someone|him|her|people|them)|armed robbery)\\b', stems: ['point', 'robbed', 'mugged', 'robbery'] },
  drugs: { category: 'serious-crime', indicator: 'drug-supply', re: '\\b(?:(?:deal|deals|dealing|dealt|sell|sells|selling|sold|supply|supplying|supplies|run|running|hold|holding|carry|carrying|stash|stashing|deliver|delivering) (?:drugs|cocaine|crack|heroin|weed|cannabis|ketamine|coke|spice|MDMA|pills)|drug (?:dealing|dealer|supply|running|debts?)|(?:hold|carry|deliver) drugs for)\\b', stems: ['drug', 'cocaine', 'crack', 'heroin', 'weed', 'cannabis', 'ketamine', 'coke', 'spice', 'mdma', 'pills'] },
  laundering: { category: 'serious-crime', indicator: 'money-laundering', re: '\\b(?:launder(?:s|ed|ing)?|money mules?)\\b', stems: ['launder', 'mule'] },
  arson: { category: 'serious-crime', indicator: 'arson', re: '\\b(?:set fire to|sets fire to|setting fire to|arson|burn(?:t|ed) down)\\b', stems: ['fire', 'arson', 'burn'] },
};

export const CUES: readonly Cue[] = Object.entries(specs).map(([id, s]) => ({
  ...s,
  id,
  confidence: s.confidence ?? 'high',
  re: rx(s.re, s.flags ?? 'gi'),
}));

/** Sentences that restate the practitioner's routine (limits of confidentiality, a topic studied). */
export const SUPPRESS_SENTENCE = rx(`\\blimits? (?:of|to) confidentiality\\b|\\bconfidentiality (?:agreement|statement|contract|policy)\\b|\\b${TOPIC_MEDIA}s?\\s+(?:about|on|into|covering)\\b`, 'i');
