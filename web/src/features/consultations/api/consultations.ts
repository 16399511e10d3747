// Calls for consultations without names (issue 7 item 3, U1). The author's view (with the original words and
// the pseudonym legend) stays in React Query's memory only; the supervisor's calls go to /supervision routes
// whose answers hold the packet and the thread alone. Nothing here is put in a URL, a title or browser storage.
import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api';

export type MarkKind = 'client' | 'person' | 'place' | 'organisation' | 'other';
export interface Mark { text: string; as: MarkKind }
export interface Span { start: number; end: number; text: string; replacement: string; type: string; source: string; kept: boolean; unmarkable: boolean }
export interface Part { kind: 'summary' | 'note' | string; label: string; noteId: string | null; original: string; redacted: string; spans: Span[] }
export interface Message { id: string; from: 'practitioner' | 'supervisor'; authorName: string; body: string; createdAt: string }
export interface Consultation {
  id: string;
  clientId: string;
  concernId: string | null;
  status: 'draft' | 'sent' | 'closed' | string;
  supervisor: { id: string; displayName: string };
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  closedAt: string | null;
  summary: string;
  notes: { id: string; label: string }[];
  marks: Mark[];
  unmarks: string[];
  review: { parts: Part[]; packetText: string; legend: { tag: string; words: string[] }[]; problems: string[] };
  sentPacket: string | null;
  messages: Message[];
}
export interface ConsultationSummary {
  id: string;
  clientId: string;
  status: string;
  supervisorName: string;
  createdAt: string;
  sentAt: string | null;
  messageCount: number;
  lastMessageAt: string | null;
  lastFrom: string | null;
}
export interface InboxItem { id: string; status: string; sentAt: string; practitionerName: string; preview: string; messageCount: number; lastMessageAt: string | null; lastFrom: string | null }
export interface Packet { id: string; status: string; sentAt: string; closedAt: string | null; practitionerName: string; packetText: string; messages: Message[] }
export interface SessionNoteChoice { id: string; sessionDate: string | null; createdAt: string; text: string; private: boolean }

export const MARK_LABELS: Record<MarkKind, string> = {
  client: 'Another name for the client',
  person: 'Another person',
  place: 'A place or address',
  organisation: 'An organisation or workplace',
  other: 'Another detail (number, handle, …)',
};
export const STATUS_LABELS: Record<string, string> = { draft: 'Draft (not sent)', sent: 'Sent', closed: 'Closed' };

export const keys = {
  client: (clientId: string) => ['consultations', 'client', clientId] as const,
  mine: ['consultations', 'mine'] as const,
  one: (id: string) => ['consultations', 'one', id] as const,
  inbox: ['supervision', 'inbox'] as const,
  packet: (id: string) => ['supervision', 'packet', id] as const,
};

export const useSupervisors = () => useQuery({ queryKey: ['supervisors'], queryFn: () => api.get<{ id: string; displayName: string }[]>('/api/v1/supervisors') });
export const useClientConsultations = (clientId: string) =>
  useQuery({ queryKey: keys.client(clientId), queryFn: () => api.get<ConsultationSummary[]>(`/api/v1/clients/${encodeURIComponent(clientId)}/consultations`) });
export const useMyConsultations = () => useQuery({ queryKey: keys.mine, queryFn: () => api.get<ConsultationSummary[]>('/api/v1/consultations') });
export const useConsultation = (id: string) =>
  useQuery({ queryKey: keys.one(id), queryFn: async () => (await api.get<{ consultation: Consultation }>(`/api/v1/consultations/${encodeURIComponent(id)}`)).consultation });
export const useNoteChoices = (clientId: string) =>
  useQuery({ queryKey: ['consultations', 'notes', clientId], queryFn: () => api.get<SessionNoteChoice[]>(`/api/v1/clients/${encodeURIComponent(clientId)}/session-notes?limit=100`) });
export const useInbox = () => useQuery({ queryKey: keys.inbox, queryFn: () => api.get<InboxItem[]>('/api/v1/supervision/inbox') });
export const usePacket = (id: string) =>
  useQuery({ queryKey: keys.packet(id), queryFn: async () => (await api.get<{ consultation: Packet }>(`/api/v1/supervision/consultations/${encodeURIComponent(id)}`)).consultation });

export async function createConsultation(clientId: string, body: { supervisorId: string; summary: string; noteIds: string[]; concernId?: string | null }): Promise<Consultation> {
  return (await api.post<{ consultation: Consultation }>(`/api/v1/clients/${encodeURIComponent(clientId)}/consultations`, body)).consultation;
}
export async function updateConsultation(id: string, body: { summary?: string; marks?: Mark[]; unmarks?: string[]; supervisorId?: string }): Promise<Consultation> {
  return (await request<{ consultation: Consultation }>('PUT', `/api/v1/consultations/${encodeURIComponent(id)}`, body)).consultation;
}
export async function sendConsultation(id: string, packetText: string | undefined): Promise<Consultation> {
  return (await api.post<{ consultation: Consultation }>(`/api/v1/consultations/${encodeURIComponent(id)}/send`, packetText === undefined ? {} : { packetText })).consultation;
}
export async function closeConsultation(id: string): Promise<Consultation> {
  return (await api.post<{ consultation: Consultation }>(`/api/v1/consultations/${encodeURIComponent(id)}/close`, {})).consultation;
}
export async function practitionerMessage(id: string, body: string): Promise<Message> {
  return (await api.post<{ message: Message }>(`/api/v1/consultations/${encodeURIComponent(id)}/messages`, { body })).message;
}
export async function supervisorReply(id: string, body: string): Promise<Message> {
  return (await api.post<{ message: Message }>(`/api/v1/supervision/consultations/${encodeURIComponent(id)}/messages`, { body })).message;
}
