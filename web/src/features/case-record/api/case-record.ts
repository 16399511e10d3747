// Calls for the confidential case record (issue 6). Client content is held in React Query's memory only:
// never in the URL, titles or browser storage.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api';

export type AgreementState = 'missing' | 'incomplete' | 'complete' | 'review-due' | 'review-overdue';

export interface Engagement {
  id: string;
  service: string;
  status: 'open' | 'closed' | string;
  openedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  commissioning: { organisation: string; toldAboutRole: string; toldAt?: string | null } | null;
  closing: { summary: string; confidentialityNotBroken: boolean | null } | null;
  agreement: { state: AgreementState; explainedAt: string | null; statementVersion: number | null; reviewDueAt: string | null; notReadyReason: string | null; reviews: number };
}

export interface SessionNote {
  id: string;
  engagementId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  text: string;
  sessionDate: string | null;
  durationMinutes: number | null;
  mode: string | null;
  private: boolean;
  structure: { goals?: string[]; actions?: string[] } | null;
  thirdPartyIds: string[];
}

export interface Consent {
  id: string;
  categories: string[];
  recipient: { kind: string; directoryId?: string; name: string };
  purpose: string;
  method: string;
  givenAt: string;
  expiresAt?: string;
  withdrawnAt?: string;
  status: 'active' | 'expired' | 'withdrawn' | 'not-yet-valid';
}

export interface OutcomeEntry {
  outcome: string;
  at: string;
  recordedAt: string;
}

export interface Referral {
  id: string;
  kind: string;
  engagementId: string | null;
  recipientName: string;
  reason: string;
  outcome: string | null;
  outcomeHistory?: OutcomeEntry[];
  organisationInterest: boolean;
  alternativesOffered: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Conflict {
  id: string;
  engagementId: string | null;
  description: string;
  action: string;
  declaredAt: string;
}

export interface NoteVersion {
  version: number;
  text: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
}

export interface ThirdParty {
  id: string;
  name: string;
  relationship: string;
}

export interface CaseRecord {
  engagements: Engagement[];
  consents: Consent[];
  notes: SessionNote[];
  noteCount: number;
  referrals: Referral[];
  thirdParties: ThirdParty[];
  conflicts: Conflict[];
}

export interface Statement {
  id: string;
  service: string;
  version: number;
  title: string;
  body: string;
  questions: string[];
  reviewMonths: number;
  readingEase: { score: number; label: string };
  latest: boolean;
}

export interface DirectoryEntry {
  id: string;
  kind: string;
  name: string;
  description: string | null;
  contact: string | null;
  removed: boolean;
}

export interface RiskPrompt {
  concern: string;
  prompt: string;
}

export const caseKeys = {
  record: (id: string) => ['clients', id, 'record'] as const,
  olderNotes: (id: string) => ['clients', id, 'older-notes'] as const,
  versions: (id: string, noteId: string) => ['clients', id, 'note-versions', noteId] as const,
  statements: ['statements'] as const,
  directory: ['directory'] as const,
  retention: ['retention'] as const,
  retentionDue: ['retention', 'due'] as const,
};

const c = (id: string) => `/api/v1/clients/${encodeURIComponent(id)}`;

export const useCaseRecord = (id: string) => useQuery({ queryKey: caseKeys.record(id), queryFn: () => api.get<CaseRecord>(`${c(id)}/record`) });
/** Notes a page at a time. */
export const NOTES_PAGE = 20;
/** Older notes than those on the client page (which shows the latest page), loaded on demand a page at a time. */
export const useOlderNotes = (id: string, after: string | undefined, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: [...caseKeys.olderNotes(id), after ?? ''],
    enabled: enabled && Boolean(after),
    initialPageParam: after ?? '',
    queryFn: ({ pageParam }) => api.get<SessionNote[]>(`${c(id)}/session-notes?limit=${NOTES_PAGE}&cursor=${encodeURIComponent(pageParam)}`),
    getNextPageParam: (last) => (last.length === NOTES_PAGE ? last[last.length - 1]!.id : undefined),
  });
export const useNoteVersions = (id: string, noteId: string) => useQuery({ queryKey: caseKeys.versions(id, noteId), queryFn: () => caseApi.noteVersions(id, noteId) });
export const useStatements = () => useQuery({ queryKey: caseKeys.statements, queryFn: () => api.get<Statement[]>('/api/v1/statements') });
export const useDirectory = () => useQuery({ queryKey: caseKeys.directory, queryFn: () => api.get<DirectoryEntry[]>('/api/v1/directory') });

export const caseApi = {
  openEngagement: (id: string, body: object) => api.post<{ engagement: Engagement }>(`${c(id)}/engagements`, body),
  closeEngagement: (id: string, eid: string, body: object) => api.post<{ engagement: Engagement }>(`${c(id)}/engagements/${eid}/close`, body),
  recordAgreement: (id: string, eid: string, body: object) => request<{ agreement: { state: AgreementState } }>('PUT', `${c(id)}/engagements/${eid}/agreement`, body),
  review: (id: string, eid: string, body: object) => api.post(`${c(id)}/engagements/${eid}/agreement/reviews`, body),
  addNote: (id: string, eid: string, body: object) => api.post<{ note: SessionNote; warning: string | null; riskPrompts: RiskPrompt[] }>(`${c(id)}/engagements/${eid}/notes`, body),
  editNote: (id: string, noteId: string, body: object) => request<{ note: SessionNote; riskPrompts: RiskPrompt[] }>('PUT', `${c(id)}/notes/${noteId}`, body),
  noteVersions: (id: string, noteId: string) => api.get<NoteVersion[]>(`${c(id)}/notes/${noteId}/versions`),
  quickNote: (id: string, text: string) => api.post<{ note: SessionNote }>(`${c(id)}/notes`, { text }),
  addThirdParty: (id: string, body: object) => api.post<{ thirdParty: ThirdParty }>(`${c(id)}/third-parties`, body),
  giveConsent: (id: string, body: object) => api.post<{ consent: Consent }>(`${c(id)}/consents`, body),
  withdrawConsent: (id: string, consentId: string, body: object) => api.post<{ consent: Consent }>(`${c(id)}/consents/${consentId}/withdraw`, body),
  refer: (id: string, body: object) => api.post<{ referral: Referral }>(`${c(id)}/referrals`, body),
  declareConflict: (id: string, body: object) => api.post<{ conflict: Conflict }>(`${c(id)}/conflicts`, body),
  recordOutcome: (id: string, referralId: string, body: object) => api.post<{ referral: Referral }>(`${c(id)}/referrals/${referralId}/outcomes`, body),
  agreementPdfUrl: (id: string, eid: string) => `${c(id)}/engagements/${eid}/agreement.pdf`,
  // Admin.
  saveStatement: (body: object) => api.post<{ statement: Statement }>('/api/v1/statements', body),
  addEntry: (body: object) => api.post<{ entry: DirectoryEntry }>('/api/v1/directory', body),
  removeEntry: (entryId: string) => api.del<void>(`/api/v1/directory/${entryId}`),
  // DPO.
  lookup: (reference: string) => api.get<{ clientId: string; reference: string; status: string; legalHold: boolean; createdAt: string }>(`/api/v1/client-rights/lookup?reference=${encodeURIComponent(reference)}`),
  subjectAccess: (id: string, requestReceivedAt: string) => api.post<Record<string, unknown>>(`${c(id)}/subject-access`, { requestReceivedAt, format: 'json' }),
  subjectAccessPdfUrl: (id: string, requestReceivedAt: string) => `${c(id)}/subject-access.pdf?requestReceivedAt=${encodeURIComponent(requestReceivedAt)}`,
  legalHold: (id: string, hold: boolean) => api.post<{ legalHold: boolean }>(`${c(id)}/legal-hold`, { hold }),
  erase: (id: string, confirmReference: string) => api.post<{ erasedAt: string }>(`${c(id)}/erase`, { confirmReference }),
  retention: () => api.get<{ service: string; months: number | null; engagements: number }[]>('/api/v1/retention'),
  setRetention: (service: string, months: number) => request('PUT', `/api/v1/retention/${encodeURIComponent(service)}`, { months }),
  retentionDue: () => api.get<{ clientId: string; reference: string; services: string[]; lastClosedAt: string; dueAt: string; legalHold: boolean }[]>('/api/v1/retention/due'),
};

export const stateText: Record<AgreementState, string> = {
  missing: 'No agreement yet',
  incomplete: 'Agreement incomplete',
  complete: 'Agreement complete',
  'review-due': 'Review due',
  'review-overdue': 'Review overdue',
};
// Dark shades: white badge text on them passes WCAG AA contrast.
export const stateColor: Record<AgreementState, string> = { missing: '#b02525', incomplete: '#9c4100', complete: '#1f6b2e', 'review-due': '#7a5b00', 'review-overdue': '#b02525' };

export const CATEGORY_LABELS: Record<string, string> = {
  'contact-details': 'Contact details',
  attendance: 'Attendance',
  'session-summary': 'Session summary',
  progress: 'Progress',
  'risk-summary': 'Risk summary',
  health: 'Health',
  'education-and-employment': 'Education and employment',
  'referral-information': 'Referral information',
  'full-record': 'Full record',
};

export const CLOSE_REASONS: { value: string; label: string }[] = [
  { value: 'goals-met', label: 'Goals met' },
  { value: 'client-choice', label: 'Client’s choice' },
  { value: 'referred-on', label: 'Referred on' },
  { value: 'code-of-conduct', label: 'Code-of-conduct concern' },
  { value: 'other', label: 'Other' },
];

/** Today as YYYY-MM-DD in the device's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Inline validation: a date that cannot be in the future. */
export function notFuture(label: string) {
  return (v: string): string | null => {
    if (!v) return `Give the date ${label}.`;
    if (Number.isNaN(Date.parse(v))) return 'Use the format YYYY-MM-DD.';
    if (v > today()) return `The date ${label} cannot be in the future.`;
    return null;
  };
}
