// Calls and vocabulary for concerns and escalations (issue 7). Client content stays in React Query's memory:
// never in the URL, titles or browser storage (the raise form gets its note link through router state).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface Option { id: string; title: string; text: string }
export interface Step { id: string; text: string }
export interface Citation { source: string; note: string }
export interface EngineResult {
  verdict: string;
  mandatory: boolean;
  informClientFirst: boolean;
  approvalRequired: boolean;
  urgency: string;
  recipients: string[];
  minimumNecessary: string[];
  steps: Step[];
  citations: Citation[];
  rationale: string;
  policy: { id: string; version: string };
  warnings: string[];
}
export interface Message { id: string; authorId: string; authorName: string; authorRole: string; body: string; createdAt: string }
export interface Concern {
  id: string;
  clientId: string;
  clientReference: string;
  engagementId: string | null;
  noteId: string | null;
  kind: 'general' | 'colleague' | string;
  facts: Record<string, string | boolean>;
  atRisk: string;
  summary: string;
  colleagueNature: string | null;
  colleagueThirdPartyId: string | null;
  colleagueOptions: Option[];
  limitsSource: string;
  policyVersion: string;
  verdict: string;
  engineResult: EngineResult;
  suggestedUrgency: string;
  choice: string | null;
  choiceReason: string | null;
  status: string;
  urgency: string | null;
  escalatedAt: string | null;
  escalationNote: string | null;
  emailStatus: string | null;
  decision: { outcome: string; reason: string; decidedBy: string; decidedAt: string } | null;
  messages: Message[];
  createdAt: string;
  raisedBy: string;
  raisedByName: string;
}
export interface ConcernListItem { id: string; kind: string; verdict: string; choice: string | null; status: string; urgency: string | null; createdAt: string }
export interface Prefill {
  engagementId: string | null;
  limitsExplained: boolean | null;
  limitsSource: string;
  jurisdiction: string | null;
  jurisdictionSource: string;
  colleagueNatures: { id: string; help: string; concern: string; options: Option[] }[];
  colleagues: { id: string; relationship: string }[];
}
export interface QueueItem { id: string; clientId: string; clientReference: string; kind: string; verdict: string; urgency: string; escalatedAt: string; raisedByName: string; messages: number; waitingOn: 'lead' | 'practitioner' | string }

const c = (id: string) => `/api/v1/clients/${encodeURIComponent(id)}`;
export const concernKeys = {
  list: (clientId: string) => ['clients', clientId, 'concerns'] as const,
  one: (clientId: string, id: string) => ['clients', clientId, 'concerns', id] as const,
  prefill: (clientId: string, engagementId: string | null) => ['clients', clientId, 'concerns', 'prefill', engagementId ?? ''] as const,
  queue: ['escalations'] as const,
};

export const useConcerns = (clientId: string, enabled = true) => useQuery({ queryKey: concernKeys.list(clientId), queryFn: () => api.get<ConcernListItem[]>(`${c(clientId)}/concerns`), enabled });
export const useConcern = (clientId: string, id: string) => useQuery({ queryKey: concernKeys.one(clientId, id), queryFn: async () => (await api.get<{ concern: Concern }>(`${c(clientId)}/concerns/${encodeURIComponent(id)}`)).concern });
export const usePrefill = (clientId: string, engagementId: string | null) =>
  useQuery({ queryKey: concernKeys.prefill(clientId, engagementId), queryFn: () => api.get<Prefill>(`${c(clientId)}/concerns/prefill${engagementId ? `?engagementId=${encodeURIComponent(engagementId)}` : ''}`) });
export const useQueue = () => useQuery({ queryKey: concernKeys.queue, queryFn: () => api.get<QueueItem[]>('/api/v1/escalations'), refetchInterval: 30_000 });

export const concernApi = {
  raise: (clientId: string, body: object) => api.post<{ concern: Concern }>(`${c(clientId)}/concerns`, body),
  choose: (clientId: string, id: string, body: object) => api.post<{ concern: Concern }>(`${c(clientId)}/concerns/${encodeURIComponent(id)}/choice`, body),
  escalate: (clientId: string, id: string, body: object) => api.post<{ concern: Concern }>(`${c(clientId)}/concerns/${encodeURIComponent(id)}/escalate`, body),
  message: (id: string, body: object) => api.post<{ concern: Concern }>(`/api/v1/escalations/${encodeURIComponent(id)}/messages`, body),
  decide: (id: string, body: object) => api.post<{ concern: Concern }>(`/api/v1/escalations/${encodeURIComponent(id)}/decision`, body),
};

// --- Plain words for the engine's vocabulary.
export const CONCERN_LABELS: Record<string, string> = {
  'risk-to-self': 'Risk to the client (self-harm, suicidal thoughts, self-neglect)',
  'risk-to-others': 'Risk to someone else (a threat or plan to harm)',
  'child-protection': 'A child is being, or may be, harmed or neglected',
  'adult-safeguarding': 'An adult at risk is being abused, neglected or exploited',
  'serious-crime': 'Knowledge of a serious crime',
  'court-order': 'A court order or witness summons for records',
  'law-enforcement-request': 'The police ask for information (no court order)',
  'third-party-request': 'An employer, family member, insurer or other party asks for information',
  'code-of-conduct': 'The client plans something against an organisation’s code of conduct (no crime, no harm)',
  consultation: 'I want supervision or consultation about the case',
  payment: 'Information is needed to obtain payment',
  referral: 'The client may be better served by another provider',
  none: 'Nothing beyond the ordinary',
};
export const GENERAL_CONCERNS = Object.keys(CONCERN_LABELS);
export const AT_RISK_LABELS: Record<string, string> = {
  'the-client': 'The client',
  'someone-else': 'Someone else',
  'a-child': 'A child',
  'an-adult-at-risk': 'An adult at risk',
  'no-one': 'No one, as far as I know',
};
export const IMMINENCE_LABELS: Record<string, string> = { imminent: 'Now, or within hours', foreseeable: 'In the coming days or weeks', unlikely: 'Unlikely', unknown: 'I don’t know' };
export const SEVERITY_LABELS: Record<string, string> = { 'life-threatening': 'Life-threatening', serious: 'Serious harm', moderate: 'Moderate harm', minor: 'Minor', unknown: 'I don’t know' };
export const CONSENT_LABELS: Record<string, string> = { given: 'Yes, the client agrees', refused: 'No, the client asked that no one be told', 'not-asked': 'Not asked yet', unable: 'The client cannot be asked (capacity, cannot be reached)' };
export const REQUESTER_LABELS: Record<string, string> = { '': 'No one is asking', court: 'A court', police: 'The police', employer: 'An employer', family: 'Family', insurer: 'An insurer', payer: 'Whoever pays for the service', supervisor: 'A supervisor', colleague: 'A colleague', 'other-provider': 'Another provider', regulator: 'A regulator' };
export const PROFESSION_LABELS: Record<string, string> = { iag: 'Careers information, advice and guidance', counselling: 'Counselling', psychotherapy: 'Psychotherapy', psychology: 'Psychology', 'social-work': 'Social work', mentoring: 'Mentoring', coaching: 'Coaching', supervision: 'Supervision' };
export const NATURE_LABELS: Record<string, string> = { conflict: 'A workplace conflict', harassment: 'Harassment', misconduct: 'Misconduct' };
export const VERDICT_LABELS: Record<string, string> = {
  maintain: 'Keep it confidential and work with the client',
  'seek-consent': 'Ask the client’s informed consent before sharing anything',
  'share-with-consent': 'Share within the client’s consent, minimum necessary',
  consult: 'Consult a supervisor without names',
  escalate: 'Escalate to the safeguarding lead',
  disclose: 'Disclose outside the organisation without consent',
  refer: 'Refer the client on, with consent',
  'end-relationship': 'End the professional relationship without breaking confidence',
};
export const URGENCY_LABELS: Record<string, string> = { immediate: 'Immediate', urgent: 'Urgent (today)', soon: 'Soon (this week)', routine: 'Routine' };
export const URGENCY_COLOR: Record<string, string> = { immediate: 'red', urgent: 'orange', soon: 'yellow', routine: 'gray' };
export const OUTCOME_LABELS: Record<string, string> = {
  'no-further-action': 'No further action',
  'support-within-service': 'Support the client within the service',
  consult: 'Consult (supervision, without names)',
  refer: 'Refer on (with consent where possible)',
  disclose: 'Disclose (through a disclosure record)',
  other: 'Other (say in the reason)',
};
export const STATUS_LABELS: Record<string, string> = { open: 'Open', escalated: 'With the safeguarding lead', decided: 'Decided', closed: 'Closed' };

/** The profession a service most likely belongs to (the form lets the practitioner change it). */
export function professionFor(service: string | undefined): string {
  const s = (service ?? '').toLowerCase();
  if (s.includes('mentor')) return 'mentoring';
  if (s.includes('coach')) return 'coaching';
  if (s.includes('career') || s.includes('guidance') || s.includes('iag')) return 'iag';
  if (s.includes('psychotherap')) return 'psychotherapy';
  if (s.includes('psycholog')) return 'psychology';
  if (s.includes('social')) return 'social-work';
  return 'counselling';
}

export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
