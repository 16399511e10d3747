// Round 5: semantic fields. Cues built from published warning-sign taxonomies rather than from example
// sentences: each field is a set of word-sequence patterns over lemma sets, with small gaps that
// tolerate inserted words ("hoping she just will not wake up", "scratching words into her arm").
//   risk to self: IS PATH WARM (ideation, substance use, purposelessness, trapped, hopelessness,
//     recklessness), C-SSRS (wish to be dead, active thoughts, method, intent, plan, preparatory acts,
//     interrupted attempts), NICE self-harm guidance (goodbyes, giving possessions away, putting affairs
//     in order, researching methods, stockpiling medication, high places, self-medicating);
//   risk to others: threats and grievance ("make him pay"), fixation and stalking, weapons to hand;
//   child protection (Working Together / NSPCC signs): grooming and sexual exploitation (older people
//     giving gifts, alcohol, lifts; an adult "boyfriend"; sex in exchange for a room or money; secrecy),
//     criminal exploitation, emotional abuse, neglect (left alone, not taken to the doctor, no food);
//   adult safeguarding (Care Act 2014 statutory guidance): financial, discriminatory, organisational,
//     psychological, sexual, modern slavery; serious crime: fraud, theft, laundering, drug supply,
//     intimate-image abuse.
// Each field compiles to one ordinary cue (lexicon.ts), so the prefilter, negation, time, reported
// speech and hypothetical rules apply unchanged. The prefilter stems are derived from the pattern.
//
// Pattern syntax: slots separated by spaces; a slot lists forms separated by '/'; '_' inside a form is
// a space; a form ending in '*' takes any word ending; '@NAME' expands a lemma set; '~N' between two
// slots allows up to N inserted words (without it, the slots are adjacent). Forms may hold small regex
// fragments (no '/', no spaces).
import type { CueSpec } from './lexicon.js';
import { rx } from './vocabulary.js';

const SETS: Record<string, string> = {
  PRO: "he/she/I/they/you/we/client",
  POSS: 'his/her/their/my/your',
  OBJ: 'him/her/them/me/us',
  REFL: 'myself/himself/herself/themselves/themself/yourself',
  // someone else's or the client's possessions and money
  MONEY: 'cheques?/cheque_book/bank_card*/bank_account*/card*/pension*/benefits/money/savings/cash/PIN_number/account*/inheritance/wages/salary/allowance/giro/universal_credit',
  MEDS: 'tablets/pills/meds/medication/medicines?/prescriptions?/painkillers/paracetamol/co-codamol/codeine/sleeping_tablets/sleeping_pills/antidepressants/insulin/sertraline/citalopram/fluoxetine/mirtazapine/diazepam/valium/tramadol/morphine/aspirin/ibuprofen/propranolol/quetiapine/lithium',
  ALCOHOL: 'alcohol/drink/drinks/booze/vodka/wine/beer/cider/spirits/whisky/gin/lager',
  DRUGS: 'drugs/weed/cannabis/skunk/bud/pills/coke/cocaine/crack/heroin/ket/ketamine/mdma/pingers/charlie/spice/xanax/gear/pot/nos',
  BODY: 'arms?/wrists?/legs?/thighs?/skin/stomach/belly/chest/hands?/face/hips?/ankles?/forearms?/fingers/head/scalp/neck/body/knuckles/breasts?',
  // the client no longer being alive or around
  GONE: "die/dies/died/dying/dead/gone/passed_away/pass_away/not_here/not_around/no_longer_here/no_longer_around/wasn't_here/was_not_here/weren't_here/were_not_here/wasn't_around/was_not_around/not_alive/out_of_the_picture/out_of_the_way",
  // people the client may have a grievance with
  PERSONS: 'him/her/them/neighbour*/ex/ex-partner/boss/manager/teacher/dad/mum/stepdad/brother/sister/partner/husband/wife/colleague/landlord/girlfriend/boyfriend/cousin/mate/lads/bullies/bully/people/family',
  // wishing, hoping, not minding
  WISH: "hope*/hoping/pray*/wish*/longs?/longing/would_be_relieved_if/'d_be_relieved_if/be_a_relief_if/would_not_mind_if/wouldn't_mind_if/'d_not_mind_if/would_be_glad_if/would_be_fine_if/not_bothered_if/does_not_care_if/doesn't_care_if/don't_care_if/do_not_care_if/would_be_happy_if",
  NOT_WAKE: "not_wake/never_wake/didn't_wake/did_not_wake/don't_wake/doesn't_wake/won't_wake/wouldn't_wake/would_not_wake/will_not_wake/never_woke/not_to_wake/never_to_wake/not_woken/never_woken/not_have_to_wake/didn't_have_to_wake/did_not_have_to_wake/never_had_to_wake/never_have_to_wake",
  // an accident or illness the client wishes on themself
  BAD_END: 'hit_(?:me|him|her|them)/got_hit/gets_hit/get_hit/be_hit/run_over/knocked_down/an_accident/crash*/killed/a_heart_attack/cancer/terminal/something_terminal/a_terminal_illness/seriously_ill/an_incurable/be_over/die/died/dies/dying',
  // others said to be better off: the "burden" sign
  OTHERS: 'everyone/everybody/family/kids/children/people/world/wife/husband/partner/mum/dad/parents/son/daughter/friends/they/them/grandchildren/girlfriend/boyfriend',
  BETTER: 'get_over_it/get_over_me/move_on/not_miss_(?:me|him|her)/better_off/be_better/be_happier/be_easier/manage_better/cope_better/be_fine/happier/easier/better/a_better_life/better_lives/a_happier_life',
  // high places and railways (means restriction: NICE, PHE guidance on suicide at public locations)
  HIGH: 'cliffs?/cliff_edge/railway_bridge/footbridge/road_bridge/cliff_top/clifftop/railway_lines?/railway_tracks?/train_tracks?/the_tracks/level_crossing/station_platform/platform_edge/edge_of_the_platform/quarry/viaduct/multi-storey*/car_park_roof/roof_of/rooftops?/top_of_(?:a|the)_(?:building|block|tower|flats|multi-storey|car_park|bridge)/motorway_bridge/edge_of_the_bridge/bridge_railings?/reservoir/beachy_head/the_edge/tower_block',
  // verbs of going to or staying at a place
  GO: 'walked/walking/walks/walk/went/goes/going/gone/drove/driven/driving/drives/sat/sitting/sits/stood/standing/stands/climbed/climbing/climbs/visited/visiting/visits/been_to/got_as_far_as/hanging_around/lingering/found',
  // methods (C-SSRS "method"), as searched for
  METHOD: 'bleed_out/bleed_to_death/bleeding_out/fatal/lethal/quickest/painless/least_painful/ways_to_go/way_to_go/ways_to_die/way_to_die/enough_to_(?:die|kill|do_it)/would_kill/overdose/paracetamol/co-codamol/tablets/pills/noose/rope/cord/ligature/height/drop/drown*/hang*/jump*/suicide',
  // grooming and exploitation: older people and what they give
  OLDER: 'adult_(?:men|man|males?)/grown-ups?/grown_adults/older_(?:man|men|guy|guys|boys?|lads?|boyfriend|males?|woman|women)/(?:1[89]|[2-6]\\d)-year-old_(?:man|men|guy|boyfriend)/grown_(?:man|men)/much_older/(?:some|two|three|several|a_group_of)_(?:men|guys|adults)/(?:man|men|guy)_(?:she|he)_met/adults/(?:1[89]|[2-6]\\d)[-_]year[-_]old_(?:man|men|guy)',
  GIFTS: 'cigarettes/vapes?/alcohol/vodka/drink/drinks/booze/weed/drugs/money/cash/phones?/trainers/clothes/presents/gifts/lifts?/rides/top-ups/credit/takeaways/her_nails_done/parties/hotels/around/places',
  GIVE: 'buy*/bought/give*/gave/giving/offer*/supplies/supplying/supplied/pays/paid/sends/sent/drives/drove/driving/picks/picked/takes/took/taking/gets/got',
  // emotional abuse: degrading names
  INSULT: 'stupid/worthless/useless/fat/ugly/thick/a_mistake/a_waste_of_space/an_idiot/a_bitch/a_slag/a_slut/no_good/pathetic/disgusting/unwanted/unlovable/a_burden',
  // Care Act: discriminatory abuse
  HATE_ADJ: 'racist/racial/racially/homophobic/transphobic/biphobic/disablist/ableist/islamophobic/antisemitic/sectarian/hate',
  HATE_NOUN: 'abuse/abused/comments/remarks/slurs/names/insults/attacks?/attacked/harassment/harassed/bullying/bullied/crimes?/incidents?/graffiti/taunts/messages/language',
  TRAIT: 'disability/learning_disability/learning_disabilities/race/religion/sexuality/colour/skin_colour/accent/autism/faith/ethnicity/being_gay/being_trans/being_disabled/gender_identity',
  // Care Act: organisational abuse
  CARE_SETTING: 'care_home/nursing_home/the_home/ward/staff/carers/care_workers/agency/day_centre/residents/patients/home_carers/supported_living',
  POOR_CARE: "left_in_bed_all_day/left_in_(?:wet|soiled|dirty)/call_bells?/ignored_(?:her|him|them|residents|patients)/shouted_at/roughly/rough_handling/restrain*/locked_in/lock_her_in/lock_him_in/lock_them_in/sedated/not_fed/not_given/pressure_sores/bed_sores/bedsores/tied_to/missed_(?:meals|visits|calls|medication)/meals_(?:are_)?(?:often_)?missed/visits_(?:are_)?(?:often_)?missed/often_missed/strapped/neglected/left_hungry/left_without",
};

function expand(form: string): string[] {
  return form.startsWith('@') ? SETS[form.slice(1)]!.split('/').flatMap(expand) : [form];
}

interface Slot { readonly forms: readonly string[]; readonly gapBefore: number }

function parse(pattern: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const token of pattern.trim().split(/\s+/)) {
    const g = /^~(\d+)$/.exec(token);
    if (g) { gap = Number(g[1]); continue; }
    const forms = token.split('/').flatMap(expand);
    if (!forms.length || forms.some((f) => !f || SETS[f] !== undefined)) throw new Error(`bad slot ${token}`);
    slots.push({ forms, gapBefore: gap });
    gap = 0;
  }
  return slots;
}

const WORD_START = /^[\w(]/;
function formSource(form: string): string {
  let src = form.replace(/_/g, ' ').replace(/\*$/, "[\\w'-]*");
  if (WORD_START.test(form)) src = `\\b${src}`;
  if (/[\w*]$/.test(form)) src += '\\b';
  return src;
}

/** Word-sequence regex source for a pattern (for rx()). */
export function compile(pattern: string): string {
  return parse(pattern).map((s, i) => {
    const body = `(?:${s.forms.map(formSource).join('|')})`;
    if (i === 0) return body;
    return s.gapBefore > 0 ? `(?:,?\\s+[\\w'-]+){0,${s.gapBefore}}?,?\\s+${body}` : `,?\\s+${body}`;
  }).join('');
}

/** Words too common to be worth a prefilter stem on their own. */
const COMMON = new Set(('is was so for with no not into more until who feel feels felt feeling the and her his to has had have get got gets made make makes ' +
  'making found left taking take takes took would will what which how when where many much back over even next away through round ' +
  'around put used using uses send sent give gave giving gives given with without if about out then this that they she he them him ' +
  'are were be been being come came went goes going after before keep keeps kept hand hands said says tells told asked getting ' +
  'never nothing something anything now just only into onto off down up time day days night way ways sleeping better well work ' +
  'working look looking place settle talk talked talking eating year years good plan people home school still week friends family ' +
  'money could should might their there other others every most some last first new old little long because while also very').split(' '));

/** How good a literal is as a stem: long and uncommon is good; one common or short word is weak (< 100). */
function stemScore(lit: string): number {
  if (lit === '') return -1;
  const weak = lit.includes(' ') ? lit.length < 5 : COMMON.has(lit) || lit.length < 4;
  return (weak ? 0 : 100) + lit.length;
}

/**
 * The best literal run of a form (a substring of every text it matches), lower case; '' if none. Runs
 * are outside any group; '_' is one space; a character made optional by '?', '*' or '{' ends a run.
 */
export function literal(form: string): string {
  const runs: string[] = [];
  let depth = 0;
  let cur = '';
  const flush = (): void => { const t = cur.trim(); if (t) runs.push(t.toLowerCase()); cur = ''; };
  for (let i = 0; i < form.length; i++) {
    const c = form[i]!;
    if (c === '\\') { flush(); i++; continue; }
    if (c === '(' || c === '[') { depth++; flush(); continue; }
    if (c === ')' || c === ']') { depth--; flush(); continue; }
    if (depth > 0) continue;
    if (c === '?' || c === '{' || (c === '*' && i < form.length - 1)) { cur = cur.slice(0, -1); flush(); continue; }
    if (c === '|') return ''; // a top-level alternative: nothing is certain
    if (/[a-z0-9-]/i.test(c)) cur += c; else if (c === '_') cur += ' '; else flush(); // "'" (also ’), a final '*'
  }
  flush();
  return runs.reduce((a, b) => (stemScore(b) > stemScore(a) ? b : a), '');
}

/** Prefilter stems: the literals of the required slot whose weakest literal is best. */
export function stemsOf(pattern: string): string[] {
  let best: string[] | null = null;
  let bestMin = -1;
  for (const s of parse(pattern)) {
    const lits = s.forms.map(literal);
    const min = Math.min(...lits.map(stemScore));
    if (min > bestMin || (min === bestMin && best && lits.length < best.length)) { best = lits; bestMin = min; }
  }
  if (!best || bestMin < 0) throw new Error(`no literal slot in ${pattern}`);
  return [...new Set(best)];
}

type FieldSpec = Omit<CueSpec, 're' | 'stems'> & { readonly patterns: readonly string[] };

/** Things a field must not catch, shared: accidents, ordinary routines. */
const ACCIDENT = rx("^[^.;]{0,40}\\b(?:from (?:his|her|their|the|a) (?:job|work|sport|training|football|rugby|boxing|garden|gardening|cooking|fall|accident|bike)|on (?:the|a) (?:oven|hob|cooker|stove|kettle|iron|pan|barbecue|bbq|radiator|grill|brambles|fence|glass|tin)|cooking|by accident|accidentally|playing (?:football|rugby|hockey|sport)|fell|falling|tripped)\\b", 'i');

const FIELDS: Record<string, FieldSpec> = {
  // ── risk to self ────────────────────────────────────────────────────────────────────────
  // C-SSRS 1: wish to be dead, not to wake up, for an accident or illness
  fWishNotWake: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: ['@WISH ~4 @NOT_WAKE', '@WISH ~5 @BAD_END'],
    notAfter: rx('^\\s+(?:(?:on|at|in|of|for|with) (?:the|a|his|her|their) (?:exam|test|match|game|interview|course|project|job)|early|late|up early)\\b', 'i') },
  fStillHere: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "disappointed/annoyed/upset/sad/gutted/angry/fed_up/sorry/frustrated/cross ~2 (?:to_)?(?:still_be|still_being|be_still|still)_(?:here|alive|around)/to_wake_up/when_(?:she|he|I|they)_(?:wakes?|woke)_up/to_have_woken/that_(?:she|he|I|they)_(?:woke|wakes?)_up",
    "easier/simpler/better/best/kinder/fairer ~5 if_(?:she|he|I|they)_(?:was|were|wasn't|weren't|is|isn't|am|are|'m|'s)/if_(?:she|he|I|they)_(?:just_)?(?:was|were|wasn't|weren't) ~1 not_around/not_here/gone/dead/no_longer_here/no_longer_around/out_of_the_way/out_of_the_picture/around/here/alive",
    "can't/cannot/couldn't/could_not/can_not ~0 face ~1 another_(?:year|day|week|month|christmas|winter|summer|birthday)/going_on/carrying_on/living/life/the_future/tomorrow/it_any_?more/any_more_of_this",
    "nothing_matters/nothing_really_matters/nothing_seems_to_matter/what_does_it_matter/no_longer_matters/doesn't_matter_(?:any_?more|what_happens_to_(?:me|him|her|them))",
  ],
    notAfter: rx('^\\s+(?:more|as much|except|apart|to (?:him|her|them|me) (?:more|as much))\\b', 'i') },
  fDreadLiving: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "dread*/hates?/hating/sick_of/tired_of/fed_up_of/fed_up_with/done_with/can't_stand/cannot_stand/can't_bear/cannot_bear ~2 waking_up/wake_up/being_alive/living/life/existing/another_day/each_day/every_day/the_future/being_here/going_on/carrying_on/fighting/trying/struggling",
    "does_not_want/doesn't_want/don't_want/do_not_want/didn't_want/no_longer_wants?/not_wanting ~0 to_carry_on/to_go_on/to_keep_going/to_continue/to_keep_on",
    'sleep_through_the_rest_of_it/sleep_forever/sleep_for_ever/sleep_and_not_wake/go_to_sleep_for_good/sleep_for_good/fall_asleep_for_good',
    "only_(?:thing|person|reason|one)_(?:stopping|keeping|holding)_(?:him|her|me|them)(?:_back)?_(?:is|are|was|were|'s)/only_(?:thing|reason)_(?:he|she|I|they)(?:_is|'s|'m|_am|_are)?_still_(?:here|alive|around)/the_only_reason_(?:he|she|I|they)_(?:hasn't|haven't|has_not|have_not|didn't|did_not)",
  ],
    // "tired of living in a hostel", "does not want to carry on with the course": a situation, not life
    notAfter: rx('^\\s+(?:in|with|at|near|on|off|here|there|like this in|doing|working|studying|the course|his course|her course)\\b', 'i') },
  // NICE/PHE: time alone at water, railways or heights, looking down
  fLingering: { category: 'risk-to-self', indicator: 'means', confidence: 'medium', patterns: [
    'canal/river/riverbank/sea/harbour/pier/bridge/railway/tracks/cliffs?/quarry/lake/reservoir/the_water/viaduct ~6 late_at_night/at_night/in_the_dark/alone/on_(?:his|her|their)_own/staring/stared/looking_down/gazing/for_hours',
    'staring/stared/stares/gazing/gazed/looking_down/looked_down ~3 into_the_(?:water|river|canal|sea|traffic)/over_the_edge/at_the_(?:tracks|water|drop|traffic)',
    "working_out/worked_out/checking/checked/finding_out/found_out/looking_at ~3 when_(?:it_is|it's|it_was|it_gets)_quiet/when_nobody/when_no_one/when_(?:she|he|they)_(?:would|will|could)_be_alone/when_the_(?:last|first)_train",
  ],
    notAfter: rx('^[^.;]{0,60}\\b(?:with (?:a |the |her |his |their )?(?:friends?|family|kids|children|class|group|partner|dog|uncle|aunt|dad|mum)|fishing|eating|lunch|picnic|photos? for|to (?:get to|catch|go to) (?:the )?(?:college|school|work|station|train|town|shops))\\b', 'i') },
  fDeathIdiom: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "better_off/rather_be/would_be/'d_be/wants_to_be/want_to_be/wish*_(?:she|he|I|they)_(?:was|were)/might_as_well_be ~2 in_the_ground/six_feet_under/in_a_box/in_a_coffin/in_the_grave/pushing_up_daisies/with_the_angels/in_heaven/six_foot_under",
    'made/making/makes ~0 @POSS ~0 peace ~0 with_(?:things|everything|it_all|the_world|life|dying|death|what_is_coming|it)(?=[\\s,.;]|$)',
    'oddly_calm/strangely_calm/unusually_calm/suddenly_calm/eerily_calm/strangely_at_peace/oddly_at_peace/suddenly_at_peace/unusually_at_peace/sudden_calm',
    'asleep/sleep/away/disappear/drift_off/drift_away ~1 and_(?:not|never)_(?:come_back|return|wake)',
    "why ~0 (?:he|she|I|they)_(?:should|would|'d)_(?:bother|keep_going|carry_on|go_on|keep_trying|stay)",
    'no_light_at_the_end_of_the_tunnel/no_light_at_the_end/not_see_(?:the|any)_light/no_way_through/nothing_ahead_(?:of|for)_(?:him|her|them|me)',
  ] },
  fRather: { category: 'risk-to-self', indicator: 'suicidal-ideation', patterns: ["would_rather/'d_rather/would_prefer_to/'d_prefer_to/might_as_well/may_as_well ~1 be_dead/die/not_be_here/not_exist/not_be_alive/be_gone"],
    // hyperbole about an everyday chore ("would rather die than give a presentation")
    notAfter: rx('^\\s+than\\s+(?:give|do|go to|sit|eat|wear|be seen|watch|listen|sing|speak|present|dance|admit|ask|apologi[sz]e|work|revise|read|clean|tidy|phone|call|talk)\\b', 'i') },
  fStopExisting: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "want*/wish*/long*/would_like/needs?/hope*/could_just/would_just/dream*/'d_like ~3 stop_existing/not_exist/cease_to_exist/not_to_exist/vanish_forever/disappear_forever/disappear_for_good/be_gone_for_good/not_be_alive",
    'want*/wish*/long*/talks_about/talking_about/talked_about/would_like/hope* ~2 be_with/join/joining/see_again ~2 late/dead/deceased/in_heaven/who_died/who_passed',
  ] },
  fAllOver: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    // "wants it to stop" alone is usually about something else (the remarks, the noise); "it all" is not
    'wish*/want*/hope*/pray*/longs?/longing ~2 everything/life/it_all/all_this/all_of_this/the_pain/things ~2 was/were/would/could/to/would_be/to_be ~1 over/end/stop',
    'wish*/want*/hope*/pray*/longs?/longing ~2 it ~0 was/were/would_be/could_be/to_be ~0 all_over/over_for_good/all_finished',
  ] },
  fOwnWayOut: { category: 'risk-to-self', indicator: 'suicidal-ideation', patterns: ['take/takes/taking/took/taken ~1 @POSS ~1 own ~1 way_out', 'take/takes/taking/took/taken ~1 the_easy/the_only ~0 way_out'] },
  // the clinical phrase for doubt about safety ("unable to keep herself safe")
  fUnsafe: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "not/can't/cannot/couldn't/unable_to/won't/wouldn't ~1 keep_(?:herself|himself|themselves|themself|myself)_safe/be_safe/stay_safe/feel_safe_(?:with|around)_(?:herself|himself|themselves|myself)",
    'not_safe_(?:from|with|around|on_(?:her|his|their)_own_with)_(?:herself|himself|themselves|myself)',
  ],
    notAfter: rx('^\\s+(?:at home|at work|around (?:him|her|them)|with (?:him|her|them)|from (?:him|her|them)|in (?:the|her|his|their) (?:house|flat|area)|to (?:drive|walk|travel))\\b', 'i') },
  // IS PATH WARM: hopelessness, purposelessness, trapped
  fHopeless: { category: 'risk-to-self', indicator: 'hopelessness', confidence: 'medium', patterns: [
    "feel*/felt/is/was/are/am/'m/seems?/sounds?/described_(?:himself|herself|themselves)_as/describes_(?:himself|herself|themselves)_as/becoming/become/so ~2 hopeless/worthless/helpless_and_hopeless",
    "can't/cannot/can_not/couldn't/could_not/doesn't/does_not/don't/do_not/unable_to ~1 see ~1 a_way_out/any_way_out/a_way_forward/any_way_forward/a_future/any_future/an_end_to_it/a_light",
    'feel*/felt ~1 like_a_failure/a_complete_failure/a_total_failure/empty/numb/hollow/dead_inside/nothing_inside',
    "no_point_(?:to|in)_(?:any_of_it|anything|it_all|any_of_this|trying|carrying_on|going_on)/pointless_(?:living|going_on|carrying_on|trying)/no_way_forward/no_way_back/no_hope/no_way_out/no_future/sees_no_future/see_no_future/nothing_left_for_(?:him|her|them|me)/nothing_left_to_live_for/nothing_to_look_forward_to/no_reason_to_(?:keep_going|carry_on|go_on|live|get_up|be_here|stay)/nothing_to_get_up_for/no_reason_(?:for|to)_living/no_hope_left/lost_all_hope/given_up_hope",
    'feel*/felt/is/was/so/completely/totally/utterly ~1 trapped(?=\\s*(?:[.,;!]|$|and_(?:hopeless|helpless|alone)|with_no_way_out))',
  ],
    // "hopeless at maths", "hopeless with money": a skill, not despair
    notAfter: rx('^\\s+(?:(?:in|for|at|with) (?:the|this|that|his|her|their|a|my|it|its) (?:[\\w-]+ )?(?:job|course|role|company|team|career|area|industry|relationship|business|band|club|town|sport)\\b|at (?!all\\b)|with (?:money|computers|names|directions|technology|numbers|maths|forms|paperwork|cooking)\\b|about (?:the|his|her|their) (?:job|exam|course|result|team|weather|car|match|game|essay)\\b)', 'i'),
    // someone else's insult ("tells her she is worthless") is abuse, not the client's hopelessness
    notBefore: rx('\\b(?:tells?|told|telling|calls?|called|calling|shouts? at|shouted at|screams? at|screamed at)\\s+(?:her|him|them)\\s+(?:that\\s+)?(?:(?:she|he|they)\\s+)?(?:\\S+\\s+)?$', 'i') },
  // the burden sign: others would be better off
  fBurden: { category: 'risk-to-self', indicator: 'burden', confidence: 'medium', patterns: [
    "@OTHERS ~3 would/'d/will/might/could ~1 @BETTER ~2 without_me/without_him/without_her/without_them/with_their_dad/with_their_mum/with_their_father/with_their_mother/with_their_other_parent/with_his_dad/with_his_mum/with_her_dad/with_her_mum/with_their_gran/with_their_nan",
    "@OTHERS ~6 if ~0 I/he/she/they ~0 was/were/wasn't/weren't ~0 gone/dead/not_here/not_around/no_longer_here/no_longer_around/out_of_the_picture",
    "@OTHERS ~3 would/'d/will/might/could ~1 @BETTER ~2 if ~0 I/he/she/they ~0 was/were/wasn't/weren't/am/is/'m/'s ~0 gone/dead/not_here/not_around/out_of_the_picture/out_of_the_way/no_longer_here",
    "@OTHERS ~3 @BETTER ~3 without_me_around/without_him_around/without_her_around/without_them_around/if_(?:I|he|she|they)_(?:was|were)_(?:gone|dead|not_here|not_around|out_of_the_picture|out_of_the_way)",
    "she/he/I/they is/am/are/'s/'m/was/were the_problem/a_drain/a_waste_of_space/a_burden/in_everyone's_way/holding_everyone_back/dragging_everyone_down",
    '@OTHERS ~2 is/are/was/were/gets?/getting/got ~1 sick_of_(?:her|him|me|them)/fed_up_(?:of|with)_(?:her|him|me|them)/tired_of_(?:her|him|me|them)',
    "weight_around/weight_round/millstone_around/millstone_round/albatross_around ~0 (?:everyone's|everybody's|their|his|her|my|the_family's|her_family's|his_family's)_necks?",
    'a_drain_on/a_waste_of_space/burden_on ~1 everyone/everybody/people/the_family/her_family/his_family/their_family/others/them/us',
  ],
    notBefore: rx('\\b(?:tells?|told|telling|calls?|called|calling|shouts? at|shouted at|screams? at|screamed at)\\s+(?:her|him|them)\\s+(?:that\\s+)?(?:(?:she|he|they)\\s+)?(?:\\S+\\s+)?$', 'i') },
  // NICE/C-SSRS preparatory acts: goodbyes, final letters, giving possessions away, affairs in order
  fGoodbye: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', patterns: [
    'ringing/rang/ring*/calling/called/texting/texted/messaging/messaged/visiting/visited/seeing/saw/phoned/phoning/contacting/contacted/saying/said/say/says/writing/wrote/went_round ~4 goodbye*/good-bye*/farewell*',
    'thanking/thanked/thanks/thank ~3 for_everything',
    'sorry_for_everything/goodbye_for_ever/goodbye_forever/look_after_(?:mum|dad|the_kids|the_children|yourself|yourselves)_for_me/this_is_goodbye/it_was_goodbye',
  ],
    notAfter: rx('^[^.;]{0,80}\\b(?:last day|leaving do|leaving party|moving|moved|move|retir\\w*|holiday|new job|the airport|the station|at the door|trip|reunion|visit|course|term|school|college|flight|flying|abroad|travel\\w*|emigrat\\w*|journey)\\b', 'i') },
  fLetters: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', patterns: [
    "wrote/written/writing/writes/left/leaving/recorded/recording ~3 letters?/notes?/messages?/videos? ~3 (?:to|for)_(?:each_of_)?(?:his|her|their|my)_(?:children|kids|family|son|daughter|sons|daughters|partner|wife|husband|mum|dad|parents|sister|brother|grandchildren)(?=[^.;]{0,60}\\b(?:left|leave|hid|hidden|drawer|after|when|in_case|if_anything|for_when|to_open|sealed|envelopes?))",
  ] },
  fPossessions: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', patterns: [
    'gave/given/giving/give/gives/handed/handing/passing_on/passed_on/passes_on/left ~4 @POSS ~1 jewellery/jewelry/belongings/possessions/things/stuff/records/record_collection/guitar/games_console/xbox/playstation/medals/watch/ring/pets?/dog/cat/prized/favourite/bike/car/collection',
    'giving/gave/given/give/gives ~1 away ~2 @POSS ~1 jewellery/jewelry/belongings/possessions/things/stuff/records/guitar/console/xbox/playstation/medals/watch/pets?/dog/cat/prized/favourite/bike/collection/clothes/books',
  ],
    notAfter: rx('^[^.;]{0,60}\\b(?:charity|charity shop|car boot|sell|selling|sold|moving|declutter\\w*|birthday|christmas|for (?:her|his|their) (?:birthday|wedding))\\b', 'i'),
    // old, spare or outgrown things are passed on every day
    accept: (m) => !/\b(?:old|spare|unwanted|outgrown|broken|second-hand)\b/i.test(m[0]) },
  fAffairs: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', patterns: [
    'putting/put/puts/getting/got/sorting/sorted/sorts/setting/set ~2 @POSS ~1 affairs_in_order/affairs_straight/house_in_order',
    'left/leaving/leaves/written_out/wrote_out/wrote_down/written_down/writing_down/handed_over/handing_over/given ~3 passwords/login_details/account_details/pin_numbers/instructions_for_(?:his|her|their)_(?:family|brother|sister|mum|dad|partner|wife|husband|son|daughter|children|kids)',
    "made/making/written/writing/wrote/drawn_up/drew_up/updated/updating/changed/changing/sorted/sorting ~2 a_will/(?:his|her|their|my)_will/funeral_plans?/(?:his|her|their|my)_funeral",
    'thinking/thought/thinks/planning/planned/plans/imagining/imagines/imagined/talking/talked/talks ~1 about/of ~0 @POSS ~1 funeral/own_death/grave',
    "sorted/sorting/arranged/arranging/decided/deciding/worked_out/planned/planning ~2 who_(?:will|would|'ll|'d|is_going_to|gets|should)_(?:have|get|take|look_after|feed|care_for|inherit)",
  ],
    // a will made for a life event (a house, a marriage, a baby, retiring) is ordinary planning
    notAfter: rx('^[^.;]{0,60}\\b(?:bought|buying|buy|mortgage|married|marry|marrying|wedding|baby|pregnan\\w*|moved|moving|retir\\w*|divorc\\w*|inherit\\w*|solicitor|first (?:flat|house|home))\\b', 'i') },
  fWhenGone: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    'look_after/take_care_of/care_for/have/take_in/raise ~3 kids/children/dog/cat/pets?/son/daughter/boys/girls/baby ~2 if/when ~0 anything/something ~0 happens/happened/were_to_happen/should_happen(?=[\\s,.;]|$)',
    "what_(?:would|will|'ll|'d|might)_happen_to/what_happens_to/who_(?:would|will|'ll|'d|is_going_to|gets|would_get|will_get|could|can)_(?:look_after|have|get|take|care_for|feed|inherit|walk|keep) ~5 when/if/after/once ~1 (?:I|he|she|you|they)(?:'m|'s)? ~1 @GONE",
    "what_(?:would|will|'ll|'d|might)_happen_to/what_happens_to/who_(?:would|will|'ll|'d|is_going_to|gets|would_get|will_get|could|can)_(?:look_after|have|get|take|care_for|feed|inherit|walk|keep) ~5 if/when/once ~0 something/anything ~0 happened/happens/were_to_happen ~0 to_(?:me|him|her|them)",
  ] },
  // C-SSRS method and plan; NICE: researching methods
  fResearch: { category: 'risk-to-self', indicator: 'plan', patterns: [
    'looking/looked/looks/searching/searched/searches/googling/googled/googles/reading/read/reads/researching/researched/asking/asked/asks/finding_out/found_out/checking/checked/watching/watched/working_out/worked_out ~3 how_much/how_many/how_long/which/what/how/ways/whether/if ~4 @METHOD',
    'websites/forums/sites/videos/searches/search_history/browser_history/online/internet/google/reddit ~3 about/on/for/into ~2 @METHOD',
    "which/what/how_many/how_much ~2 @MEDS/method/bridge/building/rope ~1 (?:he|she|I|they)_(?:would|will|'d|'ll|could|might)_(?:take|need|use|jump|swallow|do_it)",
    "ways/how/where/when ~1 (?:he|she|I|they)_(?:could|would|might|'d|will)_do_it",
  ],
    notAfter: rx('^\\s+(?:for (?:a|the|his|her) (?:exam|assignment|course|essay)|jump(?:s|ing)? (?:the|a) (?:queue|gun))', 'i') },
  fDecided: { category: 'risk-to-self', indicator: 'plan', confidence: 'medium', patterns: [
    "decided/made_up_(?:his|her|their|my)_mind/made_(?:his|her|their|my)_decision/set_a_date ~3 going_to_do_it/to_do_it/will_do_it/'ll_do_it/gonna_do_it ~1 after/before/on/when/once/this/next/tonight/at/soon/by",
    'crash*/drive*/drove/driving/steer*/swerv*/walk*/step*/jump*/fall*/fell ~6 on_purpose/deliberately/intentionally',
  ] },
  // NICE: stockpiling medication; means kept hidden
  fStockpile: { category: 'risk-to-self', indicator: 'means', confidence: 'medium', patterns: [
    'keeping_back/kept_back/keeps_back/holding_back/held_back/saving/saved/saves/stored/storing/stores/hiding/hid/hides/hidden/collecting/collected/collects/stashing/stashed/built_up/building_up/kept_hold_of/keeping_hold_of/held_on_to/holding_on_to/not_thrown_out/never_thrown_out ~4 @MEDS',
    'drawer/bag/box/boxes/cupboard/shoebox/tin/bags/stash/supply/collection/pile/load/loads ~1 full_of/of ~2 @MEDS',
    '@MEDS ~3 instead_of_taking/rather_than_taking/not_taking_them/without_taking',
    'bought/buying/buys/got/getting/hid/hidden/hiding/hides/keeps/kept ~3 rope/cord/length_of_cord/length_of_rope/noose/ligature/hosepipe/charcoal/helium',
  ],
    notAfter: rx('^\\s+(?:in (?:the|a|her|his) (?:bathroom|kitchen) cabinet|out of reach|away from (?:the|her|his) (?:kids|children|baby|grandchildren)|as prescribed|from the (?:chemist|pharmacy))', 'i') },
  fHighPlace: { category: 'risk-to-self', indicator: 'means', confidence: 'medium', patterns: [
    '@GO ~4 @HIGH',
    'stood/standing/stand/stands/sat/sitting/sits/climbed/climbing/leaning/leant ~3 edge/railings?/ledge/parapet ~3 looking_down/looked_down/staring_down/looking_over/looked_over/staring_at_the_water/looking_at_the_water/for_hours',
    'legs/feet ~2 over_the_(?:side|edge|railings?|parapet)/dangling_over',
    'let/letting/lets/watched/watching/watches ~2 trains?/buses/lorries/cars ~2 go_(?:past|by)/pass/go_through',
    'looking_over/looked_over/leaning_over/leant_over/staring_down_from/looking_down_from/looked_down_from ~2 the_edge/the_railings?/the_bridge/the_side/the_parapet/the_balcony',
  ],
    notAfter: rx('^[^.;]{0,60}\\b(?:with (?:a |the |her |his |their )?(?:friends?|family|kids|children|school|class|group|partner|dog)|on (?:a |the |her |his )?(?:holiday|walk with|hike|school trip|day out|field trip)|to (?:get to|catch|go to) (?:the )?(?:college|school|work|station|train|town|shops))\\b', 'i'),
    notBefore: rx('\\b(?:history of|researching|essay on|photographs? of|pictures? of)\\s+(?:\\S+\\s+){0,3}$', 'i') },
  // C-SSRS interrupted or aborted attempts
  fInterrupted: { category: 'risk-to-self', indicator: 'suicide-attempt', patterns: [
    'attempt/attempts/attempted ~0 on ~0 (?:his|her|their|my)_(?:own_)?life',
    'talked_(?:him|her|them|me)_down/talk_(?:him|her|them|me)_down/talked_down_from/talked_out_of_(?:jumping|it|doing_it)',
    'police/paramedics/officers/stranger/passer-by/friend/staff/security/coastguard ~2 found/stopped/pulled/grabbed/rescued ~1 @OBJ ~3 @HIGH/bridge/edge/railings?/ledge/water/river/the_sea/tracks',
    'coastguard/lifeboat/mountain_rescue/crisis_team/rnli ~6 found/picked/rescued/pulled/stopped/brought/talked/called_out',
    'found/picked_up/rescued/pulled_out/stopped/brought_back ~2 by_the_(?:coastguard|lifeboat|rnli|mountain_rescue|crisis_team)',
    'got_as_far_as ~3 @HIGH/bridge/edge/railings?/ledge/water/river/sea/tracks/station/platform/car_park/roof',
    'was/were/been/being/got ~1 found/stopped/pulled/rescued/detained ~2 on/at/near/by/from/off ~2 @HIGH/bridge/edge/railings?/ledge/river/sea/tracks/roof',
    'put/tied/wrapped/tightened/pulled/looped ~3 belt/cord/rope/scarf/tie/lead/cable/shoelaces?/wire/string/flex ~2 around/round ~1 (?:his|her|their|my|the)_neck',
  ] },
  // NICE self-harm: injuring the body in plain words
  fSelfInjury: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', patterns: [
    'carv*/scratch*/cuts/cutting/slash*/burn*/burnt/picking/picks/picked/bites/biting/pinch*/punch*/hits/hitting/bang*/stab*/scrap*/goug*/scald*/scor* ~3 @POSS ~1 @BODY',
    'carv*/scratch*/cuts/cutting/slash*/burn*/burnt/bites/biting/pinch*/punch*/punches/hits/hitting/bang*/stab*/scald*/starv* ~0 @REFL',
    'holds?/held/holding/puts?/putting/pressing/pressed/presses ~1 @POSS ~0 @BODY ~2 over/in/on/under/against ~2 flame/fire/lighter/cooker/hob/candle/boiling_water/hot_water/iron/cigarette',
    'hurt*/harm*/pain/burn*/cut*/hit*/punch*/scratch*/starv* ~8 to_feel_something/to_feel_anything/to_punish_(?:himself|herself|themselves|myself)/to_feel_in_control/to_feel_real/to_get_the_pain_out/to_release_the_pressure',
  ],
    notAfter: ACCIDENT,
    // "a burn on her hand" (a noun: who caused it is unknown) and "accidentally"
    notBefore: rx('\\b(?:accidentally|by accident|a|an|the|some|two|several|old|fresh|new)\\s+$', 'i'),
    // "punched him in his face" is violence to someone else
    accept: (m) => !/\b(?:him|them|me|us|someone|somebody|another|other|partner|wife|husband|boyfriend|girlfriend|brother|sister|mum|dad|son|daughter|child|baby|kids?|man|woman|boy|girl)\b/i.test(m[0].split(/\s+/).slice(1, -2).join(' ')) },
  fBleeds: { category: 'risk-to-self', indicator: 'self-harm', confidence: 'medium', patterns: [
    'blood-stained/bloodstained/blood_stained/bloody/bloodied ~1 tissues/towels?/sheets/sleeves?/clothes/plasters/bandages/tops?/t-shirts?/pillows?',
    'punch*/hit*/bang*/kick* ~1 walls?/doors?/the_wall/the_door ~3 until/till ~2 bleed*/bled/split/broke/bruised/swollen/cut',
    'until/till/til ~1 it/they/she/he/I/her_skin/his_skin/her_arms/his_arms/her_legs/his_legs ~1 bleeds?/bled/bleeding/scarred/scars/blistered/blisters',
  ] },
  // IS PATH WARM: substance use and recklessness
  fSubstance: { category: 'risk-to-self', indicator: 'substance-use', confidence: 'medium', patterns: [
    '@ALCOHOL/@DRUGS/drinks/drinking/drank/smoking/using ~5 to_numb/to_block/to_blot/to_forget/to_cope/to_get_through_the_(?:day|night)/to_knock_(?:himself|herself|themselves|myself)_out/to_escape/to_not_feel/to_stop_feeling/to_switch_off/to_stop_thinking/to_stop_the_thoughts/to_quiet_the_thoughts/to_quieten_the_thoughts/to_shut_(?:her|his|my|their)_head_up',
    '@MEDS ~5 to_numb/to_block/to_blot/to_forget/to_knock_(?:himself|herself|themselves|myself)_out/to_escape/to_not_feel/to_stop_feeling/to_switch_off/to_stop_thinking',
    '@MEDS ~5 with/and/alongside ~1 @ALCOHOL',
    'extra/double/too_many/handfuls_of/a_handful_of ~1 @MEDS',
    'washing/washed/washes/wash ~1 them/it ~0 down_with ~1 @ALCOHOL',
    'mixing/mixes/mixed/combining/combines/combined ~2 @MEDS/@DRUGS/@ALCOHOL ~2 with/and ~2 @MEDS/@DRUGS/@ALCOHOL',
    'more ~2 @MEDS ~1 than_prescribed/than_(?:he|she|they|I)_(?:should|is_meant_to|are_meant_to)',
    'self-medicat*/self_medicat*/drink*_(?:himself|herself|themselves|myself)_(?:to_death|into_oblivion|unconscious|to_sleep)/blacks_out/blacked_out/blacking_out',
    'until ~1 he/she/they/I ~0 pass/passes/passed ~0 out',
  ] },
  fNotice: { category: 'risk-to-self', indicator: 'burden', confidence: 'medium', patterns: [
    "anyone/anybody/nobody/no_one/people/they ~1 would/will/'d/even/could ~0 notice/care/miss ~3 if ~1 I/he/she/they ~1 stopped/disappeared/vanished/went/was_gone/were_gone/wasn't_here/weren't_here/died/disappear/left/wasn't_around/weren't_around(?=\\s*(?:[.,;!]|$))",
  ] },
  fNotCare: { category: 'risk-to-self', indicator: 'suicidal-ideation', confidence: 'medium', patterns: [
    "doesn't_care/does_not_care/don't_care/do_not_care/didn't_care/did_not_care/not_bothered/couldn't_care_less ~1 if/whether/what_happens/about_what_happens",
  ],
    notAfter: rx("^(?:\\s+(?:(?:she|he|they|I|it|the|his|her|their|anyone|people)\\s+)?(?:gets?|got|passes|passed|wins?|loses?|lost|misses|goes|likes?|rains|thinks|says|fails|finish\\w*|is late|turns up|comes|at|with|in|on|about|next|to (?:the|his|her|their) (?:car|house|flat|job|course|team|money|project|plan|case))\\b)", 'i') },
  // self-neglect (risk to self, as in the earlier rounds)
  fSelfNeglect: { category: 'risk-to-self', indicator: 'self-neglect', confidence: 'medium', patterns: [
    'skipping/skips/skipped/stopped_taking/not_taking/refusing_to_take/refuses_to_take/refused_to_take/binned/throwing_away/threw_away ~1 @POSS ~0 @MEDS',
    "stopped/stops/stop/not/isn't/hasn't/has_not/hasn't_been/has_not_been/not_been/barely/hardly/no_longer/refusing/refuses/refused/given_up ~1 eating/eaten/eat/washing/washed/showering/showered/getting_up/getting_out_of_bed/left_(?:his|her|their)_(?:bed|room|flat|house)/leaving_(?:his|her|their)_(?:bed|room|flat|house)/taking_(?:his|her|their)_(?:medication|meds|insulin|tablets)/drinking_water/looking_after_(?:himself|herself|themselves)",
  ],
    notAfter: rx('^\\s+(?:meat|sugar|gluten|dairy|junk|takeaways?|out|crisps|chocolate|bread|carbs|sweets|red meat|fish|breakfast at school|with (?:the|his|her) family|his car|her car|the car|the dishes|up)\\b', 'i') },
  // ── risk to others: grievance, threats without a harm verb, fixation, weapons to hand ─────
  fGrievance: { category: 'conduct', indicator: 'threat', confidence: 'medium', patterns: [
    "get/gets/getting/got ~0 what's_coming/what_is_coming/what_(?:he|she|they)_deserves?/what_(?:he|she|they)_(?:has|have)_got_coming/(?:his|her|their)_comeuppance",
    "make/makes/making/made ~3 pay(?=\\s*(?:[.,;!]|$|for_(?:what|it|this|that|everything|(?:what_)?(?:he|she|they)_did)|and))/suffer/regret_it/sorry",
    "will/'ll/gonna/going_to/are_going_to/is_going_to ~0 pay_for_(?:it|this|that|what)/regret_it/be_sorry/get_what's_coming",
    'teach/teaching/taught ~5 a_lesson',
    "end_up_in_prison/go_to_prison/go_to_jail/end_up_inside/do_time/get_locked_up/end_up_in_jail ~3 for_what_(?:he|she|I|they)_(?:does|do|would_do|will_do|'ll_do|did|'d_do)_to",
    "find_out/see/learn/know/show_(?:him|her|them|you) ~1 what_(?:he|she|they|I|you)_(?:is|are|am|'s|'re|'m)_(?:really_)?capable_of/what_(?:he|she|they|I)_(?:can|could|will)_do/what_happens_when",
    'sort/sorting/sorted ~1 @PERSONS ~0 out',
    "(?:she|he|they|you)_(?:would|'d|will|'ll|is|are)_be_next",
    'want*/wish*/hope* ~3 @PERSONS ~3 to_suffer/to_pay/to_die/dead/to_get_hurt/to_be_hurt/hurt/to_rot',
    "get_back_at/get_even_with/get_revenge_on/take_revenge_on/settle_the_score_with/sort_(?:him|her|them)_out/go_for_(?:him|her|them)/went_for_(?:him|her|them)/come_at_(?:him|her|them)/came_at_(?:him|her|them)/do_(?:him|her|them)_over/(?:she|he|they)_(?:will|'ll)_be_next/won't_get_away_with_it/will_not_get_away_with_it",
    'put_a_brick_through/slash*_(?:the|his|her|their)_tyres/smash_(?:up_)?(?:his|her|their)_(?:car|windows?|house|flat|face)/key_(?:his|her|their)_car/burn_(?:his|her|their)_(?:house|car|flat|shop)/torch_(?:his|her|their)_(?:house|car|flat|shop)',
  ],
    notAfter: rx('^\\s+(?:the|for (?:the|lunch|dinner|drinks|petrol|food|tickets|half|his share|her share|it all)|rent|bills|back|in (?:a|the) (?:game|exam|maths|class|lesson))\\b', 'i') },
  fFixation: { category: 'conduct', indicator: 'coercive-control', confidence: 'medium', patterns: [
    "keeps/keep/kept/kept_on/keeps_on/repeatedly/constantly/won't_stop/will_not_stop/continues/continued/obsessively/uninvited ~1 turning_up/showing_up/turns_up/turned_up/following/follows/followed/watching/waiting_outside/hanging_around/sitting_outside/parking_outside/driving_past/drives_past/messaging/texting/calling/ringing/contacting/photographing/tracking/turning_up_at/turning_up_outside",
    'following/followed/follows/stalking/stalks/stalked/photographing/photographed/filming/filmed/tracking/tracked/spying_on/watching ~4 home/everywhere/around/to_(?:her|his|their)_(?:house|home|work|car|flat)/on_the_way_home/on_(?:her|his|their)_way_(?:home|to_work)/from_work/after_work/from_school/after_school',
    '(?:is|was|become|became|been|getting)_obsessed_with ~2 (?:his|her|their|a|the)_(?:ex|ex-partner|ex-girlfriend|ex-boyfriend|colleague|neighbour|teacher|girl|boy|woman|man|manager|boss)',
    'stalking/stalked/stalker/stalks',
    'dozens/hundreds/scores/loads/lots/tens/twenty/thirty/fifty ~0 of ~0 messages/texts/calls/emails/voicemails/voice_notes ~0 a/per/every/each ~0 day/night/hour',
    "turning_up/turns_up/turned_up/showing_up/shows_up/showed_up/hanging_around/hangs_around/waiting/waits/parking/parks ~1 at/outside/near/around ~0 (?:his|her|their)_(?:ex|ex-[\\w-]+|former_[\\w-]+|old_[\\w-]+|manager|boss|teacher|colleague|neighbour|therapist|doctor)(?:'s)?_(?:new_)?(?:house|home|flat|work|workplace|office|school|door|car)",
    'leaving/leaves/left/putting/puts/put ~1 notes/letters/messages/flowers/gifts ~1 on/through/at ~0 (?:his|her|their)_(?:car|door|windscreen|letterbox)',
  ] },
  fWeaponAt: { category: 'risk-to-others', indicator: 'violence', patterns: [
    'get*/buy*/bought/carry*/carries/carried/find*/found/bring*/brought/take/taking/took ~2 a_blade/a_knife/a_weapon/a_gun/a_machete/a_bat/something_sharp/a_shank/a_blade_or_something ~2 to_deal_with/to_sort_out/to_use_on/to_get_back_at/to_hurt/to_teach/to_get_even/to_settle',
    'go/went/goes/going/come/came/comes/coming/run/ran/lunged/swung/threaten*/chased ~1 at/for/after ~0 @OBJ ~2 knife/hammer/axe/bat/baseball_bat/machete/bottle/screwdriver/crowbar/iron_bar/blade/gun/brick/chair/golf_club/stick/pole/metal_bar/poker',
  ] },
  fWeaponKept: { category: 'serious-crime', indicator: 'weapon', confidence: 'medium', patterns: [
    'has/had/keeps/kept/keeping/carries/carrying/carried/hides/hid/hidden/bought/got ~2 an_axe/the_axe/his_axe/her_axe/axes/hatchet/machete/acid/ammonia/taser/stun_gun/pepper_spray/cs_gas/knuckleduster/knuckle-duster/cosh/air_rifle/air_pistol/zombie_knife/samurai_sword/sword/flick_knife/lock_knife',
  ] },
  // ── child protection: grooming and sexual or criminal exploitation (NSPCC, Working Together) ──
  fOlderGifts: { category: 'abuse', indicator: 'grooming', assumeChild: true, patterns: [
    '@OLDER ~4 @GIVE ~4 @GIFTS',
    'picked_up/picking_up/collected/driven_around/taken_to_parties/taken_to_hotels/getting_into_cars/gets_into_cars/got_into_(?:a|the|their)_cars?/hanging_around_with/staying_with/stays_with/goes_off_with/went_off_with ~4 by_(?:older_)?(?:men|adults|males)/by_older_(?:boys|lads)/in_cars/with_(?:older_)?men/with_older_(?:boys|lads|males)/with_adults',
  ] },
  fAdultGifts: { category: 'abuse', indicator: 'grooming', confidence: 'medium', needsChild: true, patterns: [
    'given/gave/gives/gets/got/receives/received/been_given/buys/bought ~2 a_phone/phones/money/cash/gifts/presents/vapes/cigarettes/alcohol/drugs/trainers/clothes/credit/top-ups ~2 by/from ~1 a_man/men/an_adult/adults/older/a_guy/a_stranger/strangers/a_woman/someone_(?:she|he)_met',
    'messages/messaging/texts/texting/calls/calling/snapchats/contacts/contacting/video_calls ~2 her/him/them ~2 late_at_night/in_the_middle_of_the_night/through_the_night/all_night/after_midnight',
  ],
    notAfter: rx('^[^.;]{0,40}\\b(?:birthday|christmas|eid|diwali|from (?:his|her|their) (?:parents|mum|dad|family|grandparents|nan|gran))\\b', 'i') },
  fDebtBondage: { category: 'abuse', indicator: 'exploitation', confidence: 'medium', patterns: [
    'says/said/tells/told/telling/now_says/claims/claimed ~2 (?:she|he|they)_(?:owes?|owed) ~0 him/them/her/money/a_debt/the_gang/the_men',
    'free ~0 cannabis/weed/drugs/vapes/alcohol/drink/cigarettes/pills/ket/coke ~2 from ~1 a_man/men/older/adults/a_guy/guys/lads',
  ] },
  fLap: { category: 'abuse', indicator: 'sexual-abuse', confidence: 'medium', needsChild: true, patterns: [
    'makes/made/make/making/tells/told/gets ~0 him/her/them/me ~0 sit_on_(?:his|her)_lap/sit_on_(?:his|her)_knee/get_into_(?:his|her)_bed/sleep_in_(?:his|her)_bed',
    'touches/touched/touching ~0 (?:her|him|them|me)(?=\\s*(?:[.;!]|$|and_(?:she|he)_(?:does|did)_not_like_it))',
  ] },
  fAgeGap: { category: 'abuse', indicator: 'sexual-abuse', confidence: 'medium', needsChild: true, patterns: [
    '(?:1[89]|[2-6]\\d)-year-old/(?:1[89]|[2-6]\\d)_year_old ~0 boyfriend/girlfriend/partner/man/lover',
    "boyfriend/girlfriend/'boyfriend'/‘boyfriend’/partner ~2 (?:1[89]|[2-6]\\d)(?:_years_old|_year_old|\\b)(?!_(?:minutes|hours|days|weeks|months|miles|pounds))/much_older/a_lot_older/far_older/way_older/twice_(?:her|his)_age/years_older/an_adult/in_his_(?:20s|30s|40s|twenties|thirties|forties)/in_her_(?:20s|30s|40s|twenties|thirties|forties)",
  ] },
  fSecrecy: { category: 'abuse', indicator: 'grooming', confidence: 'medium', needsChild: true, patterns: [
    "not_to_tell/keep_it_between/keep_it_quiet/keep_it_to_(?:herself|himself|themselves)/our_(?:little_)?secret/between_the_two_of_(?:them|us)/(?:she|he)_is_(?:so_)?special/how_special_(?:she|he)_is/mature_for_(?:her|his)_age/don't_tell_(?:your|anyone|mum|dad)/do_not_tell_(?:your|anyone|mum|dad)",
  ] },
  fSexForNeeds: { category: 'abuse', indicator: 'exploitation', patterns: [
    'have_sex/having_sex/has_sex/had_sex/for_sex/sex_with/sleep_with/sleeps_with/sleeping_with/slept_with/sexual_favours/sexual_things/sexual ~6 in_exchange_for/in_return_for/instead_of_(?:paying_)?(?:rent|money)/to_pay_(?:off_)?(?:the_)?(?:rent|debt|for)/for_(?:money|cash|rent|drugs|a_room|somewhere_to_stay|a_place_to_stay|food|cigarettes|alcohol|a_bed)',
    'a_room/somewhere_to_stay/a_place_to_stay/rent-free/rent_free/money/cash/drugs/a_bed/free_rent ~4 if/as_long_as/in_return_for/in_exchange_for ~2 (?:she|he|they)_(?:sleeps?|slept|has|have|had|does|do)_(?:with|sex|sexual)',
    'pressur*/forced/forces/force/makes/made/make/coerc*/guilt-trip*/guilts/bullies/bullied ~2 into_sex/into_having_sex/to_have_sex/into_sexual/have_sex/having_sex/into_sleeping_with/to_sleep_with',
  ] },
  fCarry: { category: 'abuse', indicator: 'exploitation', needsChild: true, patterns: [
    'asked/told/made/paid/pressured/pressurised/forced/groomed/used/getting/got/uses ~4 to_(?:hold|carry|deliver|drop_off|move|stash|hide|sell|look_after|mind|keep) ~1 a_package/packages/a_parcel/parcels/a_bag/bags/drugs/stuff/things/money/a_phone/cash/a_knife/a_gun/something',
  ] },
  // emotional abuse (NSPCC; Care Act psychological abuse)
  fDegrading: { category: 'abuse', indicator: 'emotional-abuse', confidence: 'medium', patterns: [
    'calls/called/calling/names/tells/told/telling/shouts_at/shouted_at/screams_at/screamed_at/yells_at/yelled_at ~0 him/her/them ~3 @INSULT',
    "wish*_(?:she|he|they)_had_never_had_(?:her|him|them)/never_wanted_(?:her|him|them)/no_one_else_would_(?:want|have|love)_(?:her|him|them)/nobody_else_would_(?:want|have|love)_(?:her|him|them)/threatens?_to_(?:put|send)_(?:her|him|them)_(?:into_care|away)",
  ],
    // put-downs at work are a colleague matter (workplace conflict or harassment, PRACTICE.md T1-T3), not safeguarding
    notAfter: rx('^[^.;]{0,60}\\b(?:team|colleagues?|at work|workplace|office|staff meeting|meeting|shift|customers?)\\b', 'i'),
    notBefore: rx('\\b(?:colleague|manager|boss|supervisor|team leader|line manager|co-?worker)\\b[^.;]{0,30}$', 'i') },
  fPunish: { category: 'abuse', indicator: 'emotional-abuse', confidence: 'medium', needsChild: true, patterns: [
    'makes/made/make/forces/forced/force/leaves/left ~0 him/her/them ~6 as_(?:a_)?punishment/for_hours/all_night/overnight/in_the_cold/without_(?:food|dinner|tea|water)',
  ] },
  // neglect (NSPCC): supervision, health, food, clothing
  fNeglectCare: { category: 'abuse', indicator: 'neglect', confidence: 'medium', needsChild: true, patterns: [
    "not_(?:been_)?taken/never_(?:been_)?taken/isn't_taken/aren't_taken/hasn't_been_taken/haven't_been_taken/missed/misses/missing/not_brought/never_brought ~3 doctor/dentist/GP/hospital/medical_appointments?/health_appointments?/immunisations/vaccinations/jabs/clinic/check-ups/optician/health_visitor",
    'rotten_teeth/tooth_decay/head_lice/nits/untreated/no_coat/without_(?:a_)?coat/same_clothes/inadequate_clothing/smells_of_urine/no_shoes',
    "nothing_to_eat/no_food/not_fed/not_been_fed/unfed/went_hungry/go_hungry/goes_hungry/going_hungry/nothing_for_(?:tea|dinner|breakfast|lunch)/no_dinner/no_tea/no_breakfast",
    'found/seen/spotted/picked_up/wandering ~2 wandering/alone/on_(?:his|her|their)_own/unsupervised/in_the_street/outside_alone/in_(?:a|his|her)_nappy',
    'left/leaves/leaving/leave ~2 in ~0 @POSS/the/a ~0 cot/pram/buggy/car/room/bedroom/high_chair/car_seat ~3 all_day/all_night/for_hours/alone/on_(?:his|her|their)_own/overnight',
    'left/leaves/leaving/leave ~2 to_look_after/in_charge_of/to_care_for/to_mind ~3 brothers?/sisters?/siblings?/baby/babies/toddler/little_ones/younger',
    'left/leaves/leaving/leave ~3 with_(?:a|an|her|his|their)_(?:[5-9]|1[0-3]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)-year-old/with_(?:a|an|her|his|their)_(?:[5-9]|1[0-3]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)_year_old',
  ],
    notAfter: rx('^\\s+(?:(?:in|at|for) (?:the|a) (?:competition|race|match|game|quiz)|out on|the bus|the train)\\b', 'i') },
  fInjuryStory: { category: 'abuse', indicator: 'physical-abuse', confidence: 'medium', needsChild: true, patterns: [
    'holds?/held/holding/pushes/pushed/pushing/forces?/forced/puts/put/dunks?/dunked ~1 @POSS ~0 head ~2 under_(?:the_)?(?:bath_)?water/under_the_bath/in_the_water/in_the_bath/down_the_toilet/in_the_toilet',
    "hand-shaped/hand_shaped/handprint/hand_print/finger-shaped/fingertip/belt/buckle/cord/cigarette/bite/grip/slap ~0 marks?/bruis*/burns?/welts?",
    "marks?/bruis*/burns?/injur*/black_eye/cut_lip/swelling/swollen/fracture*/scald* ~8 (?:said|says|claimed|claims|told_(?:me|us|staff|the_school))_(?:that_)?(?:he|she|they)_(?:fell|walked_into|tripped|banged|bumped)",
  ] },
  // ── adult safeguarding (Care Act 2014 categories) ─────────────────────────────────────────
  // psychological abuse and coercive control described by its effect (Home Office coercive control guidance)
  fEggshells: { category: 'abuse', indicator: 'coercive-control', confidence: 'medium', patterns: [
    'walking_on_eggshells/walk_on_eggshells/walks_on_eggshells/walked_on_eggshells/on_eggshells_around',
    "scared/afraid/frightened/terrified ~1 of_what_(?:he|she|they)_(?:will|would|might|'ll|'d)_do/to_go_home/of_going_home/of_(?:his|her|their)_(?:temper|reaction|moods?)",
  ] },
  fTakesMoney: { category: 'abuse', indicator: 'financial-abuse', otherSubject: true, patterns: [
    'borrow*/taking/takes/took/stealing/steals/stole/asking_for/asks_for/demanding/demands/getting/gets ~1 money/cash/savings ~1 from/off ~0 her/him/them/(?:his|her|their)_(?:mum|dad|nan|gran|grandmother|grandfather|mother|father|parents|client|aunt|uncle)',
    "account_for_every_penny/justify_every_penny/checks_(?:her|his|their)_(?:receipts|spending|bank_statements|bank_account)/gives_(?:her|him|them)_an_allowance/controls_(?:the|her|his|their)_(?:money|finances|bank_card|spending)/has_to_ask_(?:him|her|them)_for_money",
    'asking_for/asks_for/asked_for/pestering_for/begging_for/demanding/using/used/uses/took/takes/taking/emptied/emptying/empties/draining/drained/drains/borrowed/borrowing/borrows/demanding/demands/demanded/helping_(?:himself|herself|themselves)_to/helped_(?:himself|herself|themselves)_to/helps_(?:himself|herself|themselves)_to/spending/spent/spends/controls/controlling/pocketing/pockets/withdrawing/withdrew/stealing/stole/steals ~2 @POSS ~1 @MONEY',
    'making/makes/made/forcing/forces/forced/pressuring/pressures/pressured/pressurising/getting/gets/got ~1 him/her/them ~0 sign/hand_over/transfer/give/change ~3 cheques?/money/savings/house/deeds/will/power_of_attorney/over',
  ],
    notAfter: rx('^\\s+(?:to (?:pay|buy) (?:for )?(?:his|her|their|my) own|for (?:his|her|their|my) own)\\b', 'i') },
  // handing one's own money over to someone (the subject owns it: no ownership check here)
  fGivesMoney: { category: 'abuse', indicator: 'financial-abuse', confidence: 'medium', patterns: [
    'hand/handing/hands/handed/sign/signing/signed/signs/transfer*/give/giving/gave/gives/lend/lending/lent/lends ~0 over ~2 @POSS ~1 @MONEY/house/home/flat/property',
    'hand/handing/hands/handed/sending/send/sent/sends/transfer*/give/giving/gave/gives/lend/lending/lent/lends ~3 @POSS ~1 @MONEY ~2 to_(?:him|her|them|a_man|a_woman|someone|somebody|her_boyfriend|his_girlfriend|her_partner|his_partner|a_stranger|a_friend_online)',
    'persuaded/persuading/persuades/pressured/pressuring/pressures/pressurised/talked/convinced/convincing/conned/tricked ~1 him/her/them ~0 into/to ~2 hand*/send*/sending/giving/give/transfer*/lend*/sign*/signing ~3 @POSS ~1 @MONEY/house/home/flat/property',
  ],
    notAfter: rx('^\\s+(?:to (?:the|a|his|her|their) (?:bank|building society|accountant|solicitor|charity|landlord|council|mortgage|pension)|for (?:safe ?keeping|the deposit|a deposit|rent|bills))\\b', 'i') },
  fHate: { category: 'abuse', indicator: 'discriminatory-abuse', confidence: 'medium', patterns: [
    "spit*/spat/shout*/yell*/attack*/abus*/harass*/target*/bull*/mock*/laugh*/throw*/threaten*/call*/insult*/swear*/hit* ~6 because_(?:she|he|they|I)_(?:wears?|is|are|am|uses?|has|have|'s|speaks?)/because_of_(?:her|his|their) ~2 headscarf/hijab/turban/kippah/niqab/burka/religion/faith/colour/race/accent/disability/wheelchair/gay/trans/muslim/jewish/sikh/black/foreign/autistic/autism/deaf/blind/lesbian/bisexual/disabled/immigrant/refugee/learning_disabilit*",
    '@HATE_ADJ ~1 @HATE_NOUN',
    'targeted/targets/picked_on/picks_on/bullied/bullies/harassed/harasses/mocked/mocks/abused/abuses/exploited/attacked/taunted/taunts/names/insulted/laughed_at ~6 because_of/over/about ~1 his/her/their ~1 @TRAIT',
    'targeted/targets/picked_on/picks_on/bullied/bullies/harassed/harasses/mocked/mocks/abused/abuses/exploited/attacked/taunted/taunts/names/insulted/laughed_at ~6 because_(?:he|she|they)_(?:is|are)_(?:gay|disabled|black|trans|muslim|jewish|autistic|deaf|blind)/for_being_(?:gay|disabled|black|trans|muslim|jewish|autistic|different)',
  ],
    notBefore: rx('\\b(?:training on|training about|policy on|course on|essay on|talk about|tackling|challenge|challenging|against)\\s+(?:\\S+\\s+){0,2}$', 'i') },
  fOrganisational: { category: 'abuse', indicator: 'organisational-abuse', confidence: 'medium', patterns: [
    '@CARE_SETTING ~12 @POOR_CARE',
    '@CARE_SETTING ~12 leave/leaves/left/leaving ~1 him/her/them/residents/patients ~5 all_day/all_night/for_hours/from_morning_to_night/in_the_same_chair/in_bed/unattended/alone/in_(?:wet|soiled|dirty)',
    'residents/patients/service_users ~2 are/were/is/being/get/gets ~1 left/ignored/shouted_at/restrained/sedated/locked_in/neglected',
  ],
    notAfter: rx('^\\s+(?:by (?:the|their) (?:family|families)|a (?:card|gift|note))\\b', 'i') },
  fSlavery: { category: 'abuse', indicator: 'modern-slavery', patterns: [
    'sleeps?/sleeping/slept/lives?/living/lived ~1 on_the_floor_of/in_the_(?:kitchen|storeroom|back_room|basement|cellar|van|garage)_of/at_the_(?:restaurant|car_wash|nail_bar|site|factory|farm|warehouse|shop)/in_the_(?:restaurant|car_wash|nail_bar|factory|warehouse|shop) ~5 where_(?:he|she|they)_works?/where_(?:he|she|they)_(?:is|are)_made_to_work/(?:is|are)_never_paid/(?:is|are)_not_paid',
    'works?/working/worked ~6 (?:is|are|was|were)_never_paid/never_gets_paid/never_been_paid/has_not_been_paid/has_not_been_paid_for_(?:months|weeks)',
    'holds?/held/holding/keeps?/kept/keeping/took/takes/taken/confiscated/withholds?/withheld ~1 @POSS ~0 ID/ID_card/passport/documents/papers/visa/identity_documents/id_documents',
    'works?/working/worked/labour*/made_to_work/forced_to_work/has_to_work ~8 for_(?:no|little)_(?:pay|money|wages)/for_food/for_(?:food_and_)?(?:a_)?(?:mattress|bed|roof|place_to_sleep)/unpaid(?!_(?:internship|placement|volunteer|carer))/no_days_off/without_(?:pay|wages|a_day_off)',
    "owes?/owed/owing/paying_off/pay_off/pays_off/working_off/work_off/in_debt_to ~4 boss/men/gang/agent/agents/traffickers?/people_(?:who|that)_(?:brought|got|smuggled)/(?:man|woman|men)_(?:who|that)_(?:brought|got|smuggled)/for_(?:his|her|their)_(?:travel|journey|passage|transport)",
  ] },
  // ── serious crime ────────────────────────────────────────────────────────────────────────
  fLaunder: { category: 'serious-crime', indicator: 'money-laundering', confidence: 'medium', patterns: [
    'holding/holds/held/keeping/keeps/kept/looking_after/minding/storing/stores/stored/hiding ~4 cash/money/bags?/parcels?/packages?/drugs ~4 for_(?:some_)?(?:people|someone|somebody|a_man|men|a_gang|them|strangers|lads)',
    'paid/pays/paying/payment/offered_money ~1 to ~0 open/use/lend/let_someone_use ~3 account*',
    'account*/bank_accounts? ~5 for_someone_else/for_somebody_else/for_other_people/for_others/for_a_man/for_strangers/for_a_gang',
    'lets?/letting/allows?/allowing/allowed ~2 people/others/someone/strangers/friends/them/a_mate/mates/a_friend ~6 account*/bank',
    '(?:takes?|took|taking|withdraws?|withdrew|withdrawing)_(?:it|the_money|the_cash|cash|money)_out_for/for_a_cut/for_a_percentage/for_a_fee ~6 account*/bank/money/cash',
  ] },
  fTheft: { category: 'serious-crime', indicator: 'theft', confidence: 'medium', patterns: [
    'selling/sells/sold/handling/handles/fencing/shifting/buying/buys/bought/moving/using/uses/used ~2 stolen/knocked-off/nicked/cloned',
    'stealing/steals/stole/nicking/nicks/pinching ~3 cars?/bikes?/converters/catalytic/phones?/parcels/cards?/wallets?/purses?/handbags?/copper/lead/scrap/fuel/diesel/tools/vans?/motorbikes?/scooters?/from_(?:shops|cars|houses|work|people|the_shop)',
    'breaking_into/broke_into/breaks_into/burgling/burgles/doing_burglaries/does_burglaries/robbing/robs/carjacking/carjacks/stealing_cars/steals_cars/stole_cars/nicking_cars/hotwiring/shoplifting_to_order/mugging_people',
  ],
    notBefore: rx('\\b(?:victim of|victims of|targeted by|reported|aware of|about)\\s+(?:\\S+\\s+){0,2}$', 'i') },
  fFraud: { category: 'serious-crime', indicator: 'fraud', confidence: 'medium', patterns: [
    'fake/counterfeit/knock-off/knockoff/forged/forging ~1 bank_accounts/accounts/designer/goods/clothes/trainers/handbags/money/notes/IDs?/documents/passports/tickets/perfume/watches',
    'involved_in/running/runs/ran/part_of/doing/does/did/setting_up/sets_up/set_up ~3 fraud/frauds/scams?/a_con/cons/identity_theft/benefit_fraud/insurance_fraud',
    'scams?/scamming/scammed/conning/cons/conned/defraud*/fleec* ~4 people/pensioners/older_people/the_elderly/customers/vulnerable/old_people/strangers',
  ],
    notBefore: rx('\\b(?:victim of|victims of|fell for|falling for|targeted by|reported|warned (?:her|him|them) about|aware of|about)\\s+(?:\\S+\\s+){0,2}$', 'i') },
  fDealing: { category: 'serious-crime', indicator: 'drug-supply', patterns: [
    'paid/pays/paying/payment ~2 to_(?:drop_off|deliver|carry|move|drive|take|hold|run|collect) ~3 packages/parcels/bags/a_bag/stuff/things/drugs/phones/a_package/a_parcel',
    'growing/grows/grew/grown/cultivating/cultivates/cooking/cooks/making/makes ~1 cannabis/weed/skunk/marijuana/meth/crack',
    'cannabis_farm/weed_farm/cannabis_factory/grow_house/grow_room',
    'selling/sells/sold/dealing/deals/dealt/shifting/shifts/shifted/flogging/flogs/punting/punts/slinging/serving_up/supplying/supplies/running ~2 @DRUGS',
  ],
    notBefore: rx('\\b(?:pharmacy|chemist|shop|supermarket)\\s+(?:\\S+\\s+){0,3}$', 'i') },
  // image-based abuse: someone else's intimate images (sending one's own is a sign of exploitation, handled as abuse)
  fImageAbuse: { category: 'conduct', indicator: 'sexual-abuse', asOthers: 'serious-crime', patterns: [
    'sharing/shared/shares/share/posting/posted/posts/post/sending/sent/sends/leaking/leaked/leaks/uploading/uploaded/spreading/spread ~3 intimate/nude/naked/explicit/sexual/private/sexy ~1 photos?/pictures?/images?/videos?/pics/selfies/clips? ~0 of ~2 ex/ex-partner/ex-girlfriend/ex-boyfriend/partner/girlfriend/boyfriend/wife/husband/him/her/them/classmate/girl/boy/woman/man/colleague/someone/people/other',
    'revenge_porn',
    'threaten*/threat*_to ~2 share/post/send/leak/upload/spread ~3 intimate/nude/naked/explicit/sexual/private/sexy ~1 photos?/pictures?/images?/videos?/pics/selfies',
  ] },
};

/**
 * One cue per pattern ("fBurden.2"), so the prefilter runs only the patterns whose stems occur; findings
 * from two patterns of one field on the same words are merged by detect.ts (same category and indicator).
 */
export const FIELD_SPECS: Record<string, CueSpec> = Object.fromEntries(Object.entries(FIELDS).flatMap(([id, f]) => {
  const { patterns, ...rest } = f;
  return patterns.map((p, n) => [`${id}.${n + 1}`, { ...rest, re: compile(p), stems: stemsOf(p) }]);
}));
