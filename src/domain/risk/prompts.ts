// The words shown to the practitioner. Plain, tentative ("possible"), and always a question: the
// engine prompts, the practitioner decides (PRACTICE.md B2, B4).
import type { Evidence, RiskCategory, RiskIndicator } from './types.js';

const WHAT: Record<RiskIndicator, string> = {
  'suicidal-ideation': 'suicidal thoughts',
  'suicide-attempt': 'a suicide attempt',
  'self-harm': 'self-harm',
  overdose: 'an overdose',
  plan: 'a plan or preparations to end their life',
  means: 'a method or means of suicide',
  'self-neglect': 'self-neglect',
  'screening-item': 'a positive answer on a suicide or self-harm screening item',
  hopelessness: 'hopelessness or feeling trapped (a warning sign for suicide)',
  burden: 'feeling a burden to others (a warning sign for suicide)',
  'substance-use': 'drinking or drug use to cope, or recklessness (a warning sign for suicide)',
  threat: 'a threat to harm someone',
  'intent-to-harm': 'thoughts or intent of harming someone',
  violence: 'violence towards someone',
  'named-target': 'an identifiable person who may be at risk',
  'physical-abuse': 'physical abuse',
  'sexual-abuse': 'sexual abuse',
  'emotional-abuse': 'emotional abuse or cruelty',
  neglect: 'neglect',
  'domestic-abuse': 'domestic abuse',
  'coercive-control': 'controlling or coercive behaviour',
  'financial-abuse': 'financial abuse',
  exploitation: 'exploitation',
  grooming: 'grooming',
  'forced-marriage': 'forced marriage',
  fgm: 'female genital mutilation (FGM)',
  'modern-slavery': 'modern slavery or trafficking',
  'discriminatory-abuse': 'discriminatory abuse or hate incidents',
  'organisational-abuse': 'organisational abuse or poor care in a care setting',
  weapon: 'a weapon',
  terrorism: 'terrorism or radicalisation',
  'drug-supply': 'drug supply',
  'money-laundering': 'money laundering',
  arson: 'arson',
  robbery: 'robbery',
  fraud: 'fraud or money laundering',
  theft: 'theft, burglary or handling stolen goods',
};

const WHO: Record<RiskCategory, string> = {
  'risk-to-self': '',
  'risk-to-others': '',
  'child-protection': ' involving a child',
  'adult-safeguarding': ' involving an adult',
  'serious-crime': '',
};

export function promptFor(category: RiskCategory, indicator: RiskIndicator, evidence: Evidence): string {
  const what = WHAT[indicator] + WHO[category];
  switch (evidence) {
    case 'current': return `This note mentions possible ${what}. Raise a concern?`;
    case 'reported': return `This note records that someone else reported possible ${what}. Raise a concern?`;
    case 'hypothetical': return `This note mentions a worry about possible ${what}. Check the current risk: raise a concern?`;
    case 'past': return `This note mentions a history of ${what}. Past events are a risk factor: check the current risk. Raise a concern?`;
  }
}
