// Informed consent to share (PRACTICE C1–C3): what information (categories), with whom, for what purpose,
// how it was given, until when; withdrawable at any time, after which it authorises nothing (history kept).
// Pure: the caller passes "now".

export const INFORMATION_CATEGORIES = [
  'contact-details',
  'attendance',
  'session-summary',
  'progress',
  'risk-summary',
  'health',
  'education-and-employment',
  'referral-information',
  'full-record',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

export type ConsentMethod = 'written' | 'verbal' | 'electronic';

export interface ConsentRecipient {
  /** A directory entry (organisation or service), or a named person/organisation not in the directory. */
  kind: 'directory' | 'named';
  directoryId?: string;
  name: string;
}

export interface Consent {
  id: string;
  categories: InformationCategory[];
  recipient: ConsentRecipient;
  purpose: string;
  method: ConsentMethod;
  givenAt: string; // ISO date-time
  expiresAt?: string; // ISO date-time; absent = until withdrawn (organisations should set one)
  withdrawnAt?: string;
  withdrawalNote?: string;
  /** C1: the client was told the risks and benefits of sharing. */
  risksExplained: boolean;
}

export type ConsentStatus = 'active' | 'expired' | 'withdrawn' | 'not-yet-valid';

export function consentStatus(c: Consent, now: Date): ConsentStatus {
  const t = now.getTime();
  if (c.withdrawnAt && Date.parse(c.withdrawnAt) <= t) return 'withdrawn';
  if (Date.parse(c.givenAt) > t) return 'not-yet-valid';
  if (c.expiresAt && Date.parse(c.expiresAt) <= t) return 'expired';
  return 'active';
}

export interface ConsentProblem { path: string; message: string }

export function validateConsent(c: Omit<Consent, 'id'>, now: Date): ConsentProblem[] {
  const p: ConsentProblem[] = [];
  if (c.categories.length === 0) p.push({ path: 'categories', message: 'Choose at least one kind of information the client agrees to share.' });
  for (const [i, cat] of c.categories.entries()) {
    if (!(INFORMATION_CATEGORIES as readonly string[]).includes(cat)) p.push({ path: `categories.${i}`, message: `Unknown category "${cat}". Known: ${INFORMATION_CATEGORIES.join(', ')}.` });
  }
  if (new Set(c.categories).size !== c.categories.length) p.push({ path: 'categories', message: 'A category is listed twice.' });
  if (!c.recipient.name.trim()) p.push({ path: 'recipient.name', message: 'Name who the information may be shared with.' });
  if (c.recipient.kind === 'directory' && !c.recipient.directoryId) p.push({ path: 'recipient.directoryId', message: 'Choose the recipient from the directory.' });
  if (c.purpose.trim().length < 5) p.push({ path: 'purpose', message: 'Say what the information will be used for (C1).' });
  const given = Date.parse(c.givenAt);
  if (Number.isNaN(given)) p.push({ path: 'givenAt', message: 'Give the date consent was given.' });
  else if (given > now.getTime() + 5 * 60_000) p.push({ path: 'givenAt', message: 'Consent cannot be given in the future.' });
  if (c.expiresAt !== undefined) {
    const exp = Date.parse(c.expiresAt);
    if (Number.isNaN(exp)) p.push({ path: 'expiresAt', message: 'The expiry date is not a date.' });
    else if (!Number.isNaN(given) && exp <= given) p.push({ path: 'expiresAt', message: 'Consent must expire after it was given.' });
  }
  if (!c.risksExplained) p.push({ path: 'risksExplained', message: 'Consent is informed only when the client was told the risks and benefits of sharing (C1).' });
  return p;
}

/** Checks a withdrawal: it cannot precede the consent, be in the future, or withdraw twice. */
export function validateWithdrawal(c: Consent, withdrawnAt: string, now: Date): ConsentProblem[] {
  const p: ConsentProblem[] = [];
  if (c.withdrawnAt) p.push({ path: 'withdrawnAt', message: 'This consent was already withdrawn.' });
  const t = Date.parse(withdrawnAt);
  if (Number.isNaN(t)) p.push({ path: 'withdrawnAt', message: 'Give the date consent was withdrawn.' });
  else {
    if (t > now.getTime() + 5 * 60_000) p.push({ path: 'withdrawnAt', message: 'A withdrawal cannot be in the future.' });
    if (t < Date.parse(c.givenAt)) p.push({ path: 'withdrawnAt', message: 'A withdrawal cannot come before the consent was given.' });
  }
  return p;
}

export interface ShareRequest {
  categories: InformationCategory[];
  recipient: { directoryId?: string; name: string };
}

export interface ShareCoverage {
  /** Categories an active consent to this recipient covers, each with the consent that covers it. */
  covered: { category: InformationCategory; consentId: string }[];
  /** Categories no active consent covers: sharing them needs new consent or another ground (B1). */
  uncovered: InformationCategory[];
}

function sameRecipient(a: ConsentRecipient, b: ShareRequest['recipient']): boolean {
  if (a.directoryId && b.directoryId) return a.directoryId === b.directoryId;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}

/** C2/C3: what active consents authorise sharing with this recipient now. `full-record` covers everything. */
export function coverage(consents: Consent[], req: ShareRequest, now: Date): ShareCoverage {
  const active = consents.filter((c) => consentStatus(c, now) === 'active' && sameRecipient(c.recipient, req.recipient));
  const covered: ShareCoverage['covered'] = [];
  const uncovered: InformationCategory[] = [];
  for (const cat of req.categories) {
    const by = active.find((c) => c.categories.includes(cat) || c.categories.includes('full-record'));
    if (by) covered.push({ category: cat, consentId: by.id });
    else uncovered.push(cat);
  }
  return { covered, uncovered };
}
