// The confidentiality agreement of an engagement (PRACTICE P3–P5): the limits were explained (when, how,
// which statement version), the client acknowledged them, their understanding was checked, and the
// agreement is reviewed at least yearly. Pure: the caller passes "now".

export type ExplanationMethod = 'in-person' | 'phone' | 'video' | 'written';
export type Acknowledgement =
  | { kind: 'typed-name'; name: string }
  | { kind: 'signature'; imageDataUrl: string }
  | { kind: 'verbal'; note: string };

export interface ComprehensionAnswer {
  question: string;
  answer: string; // the client's answer, in brief
  understood: boolean;
}

export interface AgreementRecord {
  explainedAt: string; // ISO date-time
  method: ExplanationMethod;
  statementId: string;
  statementVersion: number;
  /** Absent when the client was not ready. */
  acknowledgement?: Acknowledgement;
  comprehension: ComprehensionAnswer[];
  clientQuestions?: string;
  /** P4: the practitioner may record that the client was not ready, and why; the agreement stays incomplete. */
  notReady?: { reason: string };
  reviewIntervalMonths: number; // default 12 (P5)
  reviews: AgreementReview[];
}

export interface AgreementReview {
  reviewedAt: string;
  changes: string; // what changed (may be "nothing")
  mandatoryReportingRevisited: boolean;
  statementVersion?: number;
}

export type AgreementState = 'missing' | 'incomplete' | 'complete' | 'review-due' | 'review-overdue';

/** A review is "due" from this many days before its date. */
export const REVIEW_DUE_WINDOW_DAYS = 30;

function addMonths(iso: string, months: number): Date {
  const d = new Date(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Whether the record shows the limits explained, acknowledged and understood. */
export function isComplete(a: AgreementRecord): boolean {
  return !a.notReady && a.acknowledgement !== undefined && a.comprehension.length > 0 && a.comprehension.every((c) => c.understood);
}

/** The date the next yearly review falls due: interval months after the last review (or the explanation). */
export function reviewDueDate(a: AgreementRecord): Date {
  const last = [...a.reviews].map((r) => r.reviewedAt).sort().pop() ?? a.explainedAt;
  return addMonths(last, a.reviewIntervalMonths);
}

export function agreementState(a: AgreementRecord | undefined, now: Date): AgreementState {
  if (!a) return 'missing';
  if (!isComplete(a)) return 'incomplete';
  const due = reviewDueDate(a).getTime();
  if (now.getTime() >= due) return 'review-overdue';
  if (now.getTime() >= due - REVIEW_DUE_WINDOW_DAYS * 86_400_000) return 'review-due';
  return 'complete';
}

export type NoteGate = { allowed: true; warning?: string } | { allowed: false; reason: string };

/**
 * P3: before the first session note of an engagement can be saved, the practitioner must have recorded the
 * explanation of the limits — or that the client was not ready and why. Then the note may be saved, with a
 * warning while the agreement is incomplete.
 */
export function canSaveNote(a: AgreementRecord | undefined, now: Date): NoteGate {
  const state = agreementState(a, now);
  if (state === 'missing') {
    return { allowed: false, reason: 'Record that the limits of confidentiality were explained (or that the client was not ready, and why) before saving the first session note.' };
  }
  if (state === 'incomplete') return { allowed: true, warning: 'The confidentiality agreement is incomplete: the client has not yet shown that they understand the limits.' };
  if (state === 'review-overdue') return { allowed: true, warning: 'The yearly review of the confidentiality agreement is overdue.' };
  return { allowed: true };
}

export interface AgreementProblem { path: string; message: string }

/** Checks a record before it is saved. `now` guards against dates in the future. */
export function validateAgreement(a: AgreementRecord, now: Date): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  const t = Date.parse(a.explainedAt);
  if (Number.isNaN(t)) problems.push({ path: 'explainedAt', message: 'Give the date and time the limits were explained.' });
  else if (t > now.getTime() + 5 * 60_000) problems.push({ path: 'explainedAt', message: 'The explanation cannot be in the future.' });
  if (a.notReady) {
    if (a.notReady.reason.trim().length < 5) problems.push({ path: 'notReady.reason', message: 'Say briefly why the client was not ready.' });
  } else {
    if (!a.acknowledgement) problems.push({ path: 'acknowledgement', message: 'Record how the client acknowledged the limits (typed name, signature, or verbal).' });
    else if (a.acknowledgement.kind === 'typed-name' && a.acknowledgement.name.trim().length < 2) problems.push({ path: 'acknowledgement.name', message: 'The client types their name to acknowledge.' });
    else if (a.acknowledgement.kind === 'signature' && !/^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(a.acknowledgement.imageDataUrl)) problems.push({ path: 'acknowledgement.imageDataUrl', message: 'The signature must be a drawn image.' });
    else if (a.acknowledgement.kind === 'verbal' && a.acknowledgement.note.trim().length < 3) problems.push({ path: 'acknowledgement.note', message: 'Note how the client acknowledged verbally.' });
    if (a.comprehension.length === 0) problems.push({ path: 'comprehension', message: 'Ask at least one question to check the client understood (P4).' });
  }
  a.comprehension.forEach((c, i) => {
    if (!c.question.trim()) problems.push({ path: `comprehension.${i}.question`, message: 'The question asked is missing.' });
  });
  if (!Number.isInteger(a.reviewIntervalMonths) || a.reviewIntervalMonths < 1 || a.reviewIntervalMonths > 12) {
    problems.push({ path: 'reviewIntervalMonths', message: 'Reviews are due at least yearly: 1 to 12 months.' });
  }
  return problems;
}

export function validateReview(review: AgreementReview, a: AgreementRecord, now: Date): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  const t = Date.parse(review.reviewedAt);
  if (Number.isNaN(t)) problems.push({ path: 'reviewedAt', message: 'Give the date of the review.' });
  else {
    if (t > now.getTime() + 5 * 60_000) problems.push({ path: 'reviewedAt', message: 'The review cannot be in the future.' });
    if (t < Date.parse(a.explainedAt)) problems.push({ path: 'reviewedAt', message: 'The review cannot be before the agreement.' });
  }
  if (!review.mandatoryReportingRevisited) problems.push({ path: 'mandatoryReportingRevisited', message: 'A review reminds the client of mandatory reporting (P5): confirm it was revisited.' });
  if (!review.changes.trim()) problems.push({ path: 'changes', message: 'Say what changed, or "nothing".' });
  return problems;
}

/** Default comprehension questions (P4); organisations can configure their own. */
export const DEFAULT_COMPREHENSION_QUESTIONS: readonly string[] = [
  'When would I have to break confidentiality?',
  'What would it look like if I had to report something?',
  'Who else might see what we talk about, and when?',
];

/** A plain-language reading-level hint (Flesch reading ease) for statements of the limits. */
export function readingEase(text: string): { score: number; label: string } {
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const words = text.match(/[A-Za-zÀ-ÿ']+/g) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, (w.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length), 0);
  const wc = Math.max(1, words.length);
  const score = Math.round(206.835 - 1.015 * (wc / sentences) - 84.6 * (syllables / wc));
  const label = score >= 70 ? 'easy to read' : score >= 60 ? 'plain English' : score >= 50 ? 'fairly difficult' : 'difficult: consider shorter sentences and everyday words';
  return { score, label };
}
