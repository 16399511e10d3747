// Sign-in, first-run setup and second-factor calls (api-plan.md: /setup, /auth/*).
import { api, setCsrfToken } from '../../../lib/api';

/** Every sign-in step rotates the session; the new CSRF token must be used from the next request on. */
async function rotating<T extends { csrfToken?: string }>(p: Promise<T>): Promise<T> {
  const r = await p;
  if (r.csrfToken) setCsrfToken(r.csrfToken);
  return r;
}

export type Role = 'practitioner' | 'supervisor' | 'safeguarding-lead' | 'admin' | 'dpo';
export type Stage = 'mfa' | 'enrol' | 'full';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  totpEnabled: boolean;
  /** Set by the server for invited users until they choose their own password. */
  mustChangePassword?: boolean;
}

export interface Session {
  user: SessionUser;
  stage: Stage;
  csrfToken: string;
  expiresAt?: string;
  idleExpiresAt?: string;
}

export interface StageResponse { stage: Stage; user: SessionUser; csrfToken: string }
export interface Enrolment { secret: string; otpauthUrl: string; qrSvg: string }

export const authApi = {
  session: () => api.get<Session>('/api/v1/auth/session', { anonymous: true }),
  setupStatus: () => api.get<{ needsSetup: boolean }>('/api/v1/setup/status', { anonymous: true }),
  setup: (body: { organisation: string; displayName: string; email: string; password: string }) =>
    rotating(api.post<StageResponse>('/api/v1/setup', body, { anonymous: true })),
  login: (body: { email: string; password: string }) => rotating(api.post<StageResponse>('/api/v1/auth/login', body, { anonymous: true })),
  mfa: (body: { code: string } | { recoveryCode: string }) => rotating(api.post<StageResponse>('/api/v1/auth/mfa', body, { anonymous: true })),
  enrol: () => api.post<Enrolment>('/api/v1/auth/totp/enrol'),
  confirm: (code: string) => rotating(api.post<{ recoveryCodes: string[]; stage: Stage; csrfToken: string }>('/api/v1/auth/totp/confirm', { code })),
  newRecoveryCodes: (password: string) => api.post<{ recoveryCodes: string[] }>('/api/v1/auth/recovery-codes', { password }),
  logout: () => api.post<void>('/api/v1/auth/logout', undefined, { anonymous: true }),
  logoutAll: () => api.post<void>('/api/v1/auth/logout-all'),
  changePassword: (body: { currentPassword: string; newPassword: string }) => api.post<void>('/api/v1/auth/password', body),
};

export const roleLabels: Record<Role, string> = {
  practitioner: 'Practitioner',
  supervisor: 'Supervisor',
  'safeguarding-lead': 'Safeguarding lead',
  admin: 'Administrator',
  dpo: 'Data protection officer',
};
export const allRoles: Role[] = ['practitioner', 'supervisor', 'safeguarding-lead', 'admin', 'dpo'];

/** The page each role lands on. A person with several roles lands on the first in this order. */
export function homePath(roles: readonly Role[]): string {
  if (roles.includes('practitioner')) return '/caseload';
  if (roles.includes('safeguarding-lead')) return '/safeguarding';
  if (roles.includes('supervisor')) return '/supervision';
  if (roles.includes('dpo')) return '/audit';
  if (roles.includes('admin')) return '/admin';
  return '/profile';
}

/** Case content is only ever requested for these roles; everyone else is shown "not available". */
export function mayOpenClients(roles: readonly Role[]): boolean {
  return roles.includes('practitioner') || roles.includes('safeguarding-lead');
}
