// Calls for disclosures, the accounting of disclosures and the chronology (issue 7 items 5, 6, 8). Client
// content stays in React Query's memory: never in the URL, titles or browser storage.
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../../lib/api';

export interface Ground { kind: string; source: string | null; text: string }
export interface Recipient { kind: string; directoryId: string | null; name: string; contact: string | null }
export interface DisclosedField { key: string; category: string; label: string; value: string; noteId?: string }
export interface Disclosure {
  id: string;
  clientId: string;
  concernId: string | null;
  status: 'pending' | 'ready' | 'refused' | 'disclosed' | string;
  ground: Ground;
  recipient: Recipient;
  categories: string[];
  fields: DisclosedField[];
  justification: string | null;
  beyondMinimum: boolean;
  minimumNecessary: string[];
  approvalRequired: boolean;
  requestHash: string;
  requestVersion: number;
  requestedBy: string;
  requestedByName: string;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: string | null;
  approvalValid: boolean;
  refusedAt: string | null;
  refusalReason: string | null;
  clientTold: string;
  clientToldReason: string | null;
  clientToldAt: string | null;
  disclosedAt: string | null;
  createdAt: string;
  annotations: { id: string; authorName: string; text: string; createdAt: string }[];
}
export interface AccountingEntry { id: string; status: string; concernId: string | null; requestedAt: string; disclosedAt: string | null; recipient: string; ground: string; categories: string[]; requestedBy: string; approvedBy: string | null; clientTold: string; clientToldReason: string | null; clientToldAt: string | null }
export interface PendingItem { id: string; clientId: string; clientReference: string; concernId: string | null; categories: string[]; requestedByName: string; requestedAt: string; ownRequest: boolean }
export interface Options {
  clientFields: { key: string; category: string; label: string; value: string | null }[];
  writtenCategories: string[];
  notes: { id: string; sessionDate: string | null; createdAt: string; preview: string }[];
  concern: { id: string; verdict: string; approvalRequired: boolean; minimumNecessary: string[]; citations: { source: string; note: string }[]; recipients: string[] } | null;
}
export interface ChronologyEvent { at: string; kind: string; title: string; detail: string | null; by: string | null; ref: { type: string; id: string } }

const c = (id: string) => `/api/v1/clients/${encodeURIComponent(id)}`;
const d = (id: string) => `/api/v1/disclosures/${encodeURIComponent(id)}`;
export const disclosureKeys = {
  list: (clientId: string) => ['clients', clientId, 'disclosures'] as const,
  one: (id: string) => ['disclosures', id] as const,
  options: (clientId: string, concernId: string | null) => ['clients', clientId, 'disclosure-options', concernId ?? ''] as const,
  pending: ['disclosures', 'pending'] as const,
  chronology: (clientId: string, q: string) => ['clients', clientId, 'chronology', q] as const,
};

export const useDisclosures = (clientId: string) => useQuery({ queryKey: disclosureKeys.list(clientId), queryFn: () => api.get<AccountingEntry[]>(`${c(clientId)}/disclosures`) });
export const useDisclosure = (id: string) => useQuery({ queryKey: disclosureKeys.one(id), queryFn: async () => (await api.get<{ disclosure: Disclosure }>(d(id))).disclosure });
export const useOptions = (clientId: string, concernId: string | null) =>
  useQuery({ queryKey: disclosureKeys.options(clientId, concernId), queryFn: () => api.get<Options>(`${c(clientId)}/disclosure-options${query({ concernId })}`) });
export const usePending = () => useQuery({ queryKey: disclosureKeys.pending, queryFn: () => api.get<PendingItem[]>('/api/v1/disclosures/pending'), refetchInterval: 30_000 });
export const chronologyQuery = (f: { kind?: string; from?: string; to?: string }) => query({ kind: f.kind, from: f.from, to: f.to });
export const useChronology = (clientId: string, q: string) =>
  useQuery({ queryKey: disclosureKeys.chronology(clientId, q), queryFn: () => api.get<{ reference: string; events: ChronologyEvent[] }>(`${c(clientId)}/chronology${q}`) });
export const chronologyPdfUrl = (clientId: string, q: string) => `${c(clientId)}/chronology.pdf${q}`;
export const packUrl = (id: string) => `${d(id)}/pack.pdf`;

export const disclosureApi = {
  request: (clientId: string, body: object) => api.post<{ disclosure: Disclosure }>(`${c(clientId)}/disclosures`, body),
  approve: (id: string, requestHash: string) => api.post<{ disclosure: Disclosure }>(`${d(id)}/approve`, { requestHash }),
  refuse: (id: string, reason: string) => api.post<{ disclosure: Disclosure }>(`${d(id)}/refuse`, { reason }),
  record: (id: string, body: object) => api.post<{ disclosure: Disclosure }>(`${d(id)}/record`, body),
  annotate: (id: string, text: string) => api.post<{ disclosure: Disclosure }>(`${d(id)}/annotations`, { text }),
};

export const STATUS_LABELS: Record<string, string> = { pending: 'Awaiting approval', ready: 'Ready to disclose', refused: 'Refused', disclosed: 'Disclosed' };
export const TOLD_LABELS: Record<string, string> = { before: 'Told before', after: 'Told after', not: 'Not told' };
export const CATEGORY_LABELS: Record<string, string> = {
  'client-identity': 'Identity',
  'client-contact': 'Contact details',
  'risk-summary': 'Risk summary',
  'concern-summary': 'Concern summary',
  'threat-details': 'Threat details',
  'current-location': 'Current location',
  'child-details': 'Child details',
  'victim-identity': 'Victim identity',
  'referral-summary': 'Referral summary',
  'request-details': 'Request details',
  'what-the-order-specifies': 'What the order specifies',
  'information-the-client-agreed': 'Information the client agreed',
  'information-needed-to-prevent-harm': 'Information needed to prevent harm',
  'dates-of-service': 'Dates of service',
  'session-notes': 'Session notes',
  other: 'Other',
};
export const categoryLabel = (c: string) => CATEGORY_LABELS[c] ?? c;
export const KIND_LABELS: Record<string, string> = { engagement: 'Engagement', agreement: 'Agreement', review: 'Review', concern: 'Concern', escalation: 'Escalation', consultation: 'Consultation', disclosure: 'Disclosure', referral: 'Referral', ending: 'Ending' };
