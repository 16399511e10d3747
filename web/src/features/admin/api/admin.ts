// Administration calls. None of these return client names or case content: assignments carry
// references only (api-plan.md), and nothing here calls /api/v1/clients or /clients/:id.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Role } from '../../auth/api/auth';

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  totpEnabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}
export interface Assignment {
  id: string;
  reference: string;
  practitionerId: string;
  status: string;
  createdAt: string;
}
export interface Organisation {
  id: string;
  name: string;
  settings: Record<string, unknown>;
}

export const adminKeys = {
  users: ['admin', 'users'] as const,
  assignments: ['admin', 'assignments'] as const,
  practitioners: ['practitioners'] as const,
  organisation: ['organisation'] as const,
};

export const useUsers = () => useQuery({ queryKey: adminKeys.users, queryFn: () => api.get<UserRow[]>('/api/v1/users') });
export const useAssignments = () => useQuery({ queryKey: adminKeys.assignments, queryFn: () => api.get<Assignment[]>('/api/v1/clients/assignments') });
export const usePractitioners = () => useQuery({ queryKey: adminKeys.practitioners, queryFn: () => api.get<{ id: string; displayName: string }[]>('/api/v1/practitioners') });
export const useOrganisation = () => useQuery({ queryKey: adminKeys.organisation, queryFn: () => api.get<Organisation>('/api/v1/organisation') });

export const adminApi = {
  invite: (body: { email: string; displayName: string; roles: Role[] }) => api.post<{ user: UserRow; temporaryPassword: string }>('/api/v1/users', body),
  update: (id: string, body: { displayName?: string; roles?: Role[] }) => api.patch<{ user: UserRow }>(`/api/v1/users/${encodeURIComponent(id)}`, body),
  deactivate: (id: string, reason?: string) => api.post<{ user: UserRow }>(`/api/v1/users/${encodeURIComponent(id)}/deactivate`, reason ? { reason } : {}),
  reactivate: (id: string) => api.post<{ user: UserRow }>(`/api/v1/users/${encodeURIComponent(id)}/reactivate`),
  resetMfa: (id: string) => api.post<{ user: UserRow }>(`/api/v1/users/${encodeURIComponent(id)}/reset-mfa`),
  assign: (clientId: string, practitionerId: string) => api.post<Assignment>(`/api/v1/clients/${encodeURIComponent(clientId)}/assign`, { practitionerId }),
  updateOrganisation: (body: { name?: string; settings?: Record<string, unknown> }) => api.patch<Organisation>('/api/v1/organisation', body),
};
