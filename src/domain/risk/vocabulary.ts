// Word lists shared by the cue lexicon and the context rules. Regex source fragments (no groups that
// capture), matched case-insensitively; an apostrophe in a fragment also matches ’ (see rx()).

/** Builds a global, case-insensitive regex; "'" matches both ' and ’. */
export function rx(source: string, flags = 'gi'): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c === "'" ? "'’" : c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    out += c === "'" ? "['’]" : c;
  }
  return new RegExp(out, flags);
}

export const REFLEXIVE = '(?:myself|himself|herself|themselves|themself|yourself|oneself)';

/** People who may abuse the client: family, partners, carers, adults in charge. */
export const ABUSER = '(?:step-?(?:dad|father|mum|mom|mother|parents?)|dad(?:dy)?|father|mum(?:my)?|mom(?:my)?|mother|parents?|husband|wife|' +
  'ex-?(?:partner|husband|wife|boyfriend|girlfriend)|ex|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|uncle|aunt(?:ie)?|' +
  'grand(?:dad|father|ma|mother|pa|parents?)|nan|gran|carers?|care workers?|foster (?:carer|parent|mum|dad)s?|coach|teacher|' +
  "(?:mum|mom|dad)'s (?:boyfriend|girlfriend|partner)|older (?:brother|sister|cousin)|brother|sister|cousin|family)";

/** Any person, as the object of a harmful act ("punched a stranger", "hit her elderly mother"). */
export const PERSON = '(?:stranger|man|men|woman|women|boys?|girls?|lads?|guys?|bloke|person|child|children|kids?|baby|toddler|infant|teacher|pupil|' +
  'student|neighbou?r|partner|wife|husband|girlfriend|boyfriend|ex|ex-partner|mother|mum|mom|father|dad|brother|sister|son|daughter|' +
  'friend|colleague|manager|boss|officer|nurse|worker|carer|flatmate|housemate|cousin|grand(?:mother|father|ma|pa|dad)|nan|gran|' +
  'step(?:father|dad|mother|mum)|uncle|aunt|receptionist|customer|doctor|staff|peer|classmate|mentor|tutor|landlord|victim|people|someone|somebody|anyone)';

const ADJ = '(?:elderly|younger|older|little|new|baby|old|disabled|own|former|best|other)';

/** "her elderly mother", "a stranger", "his ex-partner's new boyfriend", "him". */
export const PERSON_NP = `(?:(?:(?:his|her|their|my|the|a|an|one of (?:his|her|their|the))\\s+)?(?:[\\w-]+'s\\s+)?(?:${ADJ}\\s+)?${PERSON}\\b|him\\b|her\\b|them\\b|me\\b|us\\b|mummy\\b)`;

/** Things said to be done to people. */
export const VIOLENT_VERB = '(?:hit|hits|hitting|beats?|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|' +
  'chok(?:es|ed|ing)|strangl(?:es|ed|ing)|throttl(?:es|ed|ing)|shov(?:es|ed|ing)|push(?:es|ed|ing)?|batter(?:s|ed|ing)?|hurts?|hurting|' +
  'attack(?:s|ed|ing)?|assault(?:s|ed|ing)?|shook|shakes|shaking|headbutt(?:s|ed|ing)?|stabb(?:ed|ing)|stabs|glass(?:ed|es|ing)|broke|breaks|bit|bites|threw|throws|dragged|drags|pinned|pins|spat at|spits at)';

export const AUX_WORDS = '(?:has|have|had|is|was|were|are|keeps|kept|been|being|always|often|regularly|sometimes|still|again|then|also|allegedly|repeatedly|would|will|used to|once|just|even|apparently)';

/** Markers that a child is involved. Strong: a child is named; weak: family roles that usually mean the client is young. */
export const CHILD_STRONG = rx("\\b(?:child|children|kids?|bab(?:y|ies)|toddlers?|infants?|pupils?|young (?:person|people)|teen(?:ager)?s?|minors?|" +
  "school(?:girl|boy)s?|girls?|boys?|little ones?|youngsters?|newborn|nursery|primary school|under[- ]18s?|year (?:[1-9]|1[0-3])\\b|(?:[1-9]|1[0-7])[- ]?(?:year|yr)[- ]old|" +
  "aged? (?:[1-9]|1[0-7])|turns? (?:[1-9]|1[0-7])|at (?:[1-9]|1[0-7])|(?<=,\\s?)(?:[5-9]|1[0-7])(?=\\s?,)|(?:eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|five|six|seven)[- ]year[- ]old|as a (?:child|kid|teenager|young (?:child|boy|girl)))\\b", 'i');
export const CHILD_WEAK = rx('\\b(?:son|daughter|parents?|dad(?:dy)?|father|mum(?:my)?|mom(?:my)?|mother|step-?(?:dad|father|mum|mom|mother)|' +
  'uncle|aunt(?:ie)?|brother|sister|teachers?|coach|school|students?|mentee|siblings?|grand(?:dad|father|ma|mother|pa|parents?)|nan|foster)\\b', 'i');
export const ADULT_MARKER = rx('\\b(?:husband|wife|ex-?(?:partner|husband|wife)|partner|boyfriend|girlfriend|spouse|fianc[eé]e?|marriage|pension|elderly|' +
  'older (?:person|man|woman|adult|people)|care home|residents?|learning disabilit(?:y|ies)|vulnerable adult|adult at risk|adults?|colleagues?|' +
  'passport|dementia|benefits|savings|sign(?:s|ed|ing)? over|property|mortgage|workplace|employer|christmas party)\\b', 'i');
