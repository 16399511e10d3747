// Client calls for practitioners and safeguarding leads. Admins never call these (they use
// features/admin/api, which returns references only).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export interface ClientSummary {
  id: string;
  reference: string;
  name: string;
  preferredName: string | null;
  practitionerId: string;
  status: string;
  flags: string[];
}

export interface ClientDetail extends Omit<ClientSummary, 'flags'> {
  dateOfBirth: string | null;
  email: string | null;
  phone: string | null;
  language: string | null;
  jurisdiction: string | null;
  breakGlass?: { expiresAt: string };
}

export interface Note {
  id: string;
  authorId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  text: string;
}

export interface NewClient {
  name: string;
  preferredName?: string;
  dateOfBirth?: string;
  email?: string;
  phone?: string;
}

export const clientKeys = {
  caseload: ['clients', 'caseload'] as const,
  client: (id: string) => ['clients', id] as const,
  notes: (id: string) => ['clients', id, 'notes'] as const,
};

// The search term never goes to the server or the URL: the caseload is filtered in memory.
export const useCaseload = () => useQuery({ queryKey: clientKeys.caseload, queryFn: () => api.get<ClientSummary[]>('/api/v1/clients') });
export const useClient = (id: string) =>
  useQuery({ queryKey: clientKeys.client(id), queryFn: () => api.get<ClientDetail>(`/api/v1/clients/${encodeURIComponent(id)}`) });
export const useNotes = (id: string, enabled: boolean) =>
  useQuery({ queryKey: clientKeys.notes(id), enabled, queryFn: () => api.get<Note[]>(`/api/v1/clients/${encodeURIComponent(id)}/notes`) });

export const clientsApi = {
  create: (body: NewClient) => api.post<{ client: ClientDetail }>('/api/v1/clients', body),
  addNote: (id: string, text: string) => api.post<{ note: Note }>(`/api/v1/clients/${encodeURIComponent(id)}/notes`, { text }),
};

/** Plain words for the attention flags the server sets (later issues add more; unknown ones are shown as given). */
const flagText: Record<string, string> = {
  'agreement-missing': 'No confidentiality agreement yet',
  'agreement-review-due': 'Agreement review due',
  'agreement-overdue': 'Agreement review overdue',
  'review-due': 'Review due',
  'break-glass': 'Record opened by safeguarding',
  'concern-open': 'Open concern',
  'consent-expiring': 'Consent ending soon',
};
export function flagLabel(flag: string): string {
  return flagText[flag] ?? flag.replace(/[-_]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Matches the search text against name, preferred name and reference, ignoring case and accents. */
export function matchesSearch(c: ClientSummary, term: string): boolean {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const t = norm(term.trim());
  if (!t) return true;
  return [c.name, c.preferredName ?? '', c.reference].some((f) => norm(f).includes(t));
}
