// The signed-in person as the services see them: who, which organisation, which roles, and the session
// they act through. Built by the session lookup from the database on every request, so a role change or a
// deactivation takes effect at once.
import type { Actor, Role } from '../access/index.js';
import type { AuditEvent } from '../audit/index.js';

export type Stage = 'mfa' | 'enrol' | 'full';

export interface Principal extends Actor {
  email: string;
  displayName: string;
  roles: Role[];
  totpEnabled: boolean;
  mustChangePassword: boolean;
  sessionId: string; // SHA-256 of the cookie token
  handle: string;
  stage: Stage;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  idleExpiresAt: string;
  reauthAt: string | null;
  ip: string | null;
}

/** The audit fields that describe who acted. */
export function actorOf(p: Principal | null | undefined, ip?: string | null): Pick<AuditEvent, 'orgId' | 'actorId' | 'actorRoles' | 'ip'> {
  if (!p) return { orgId: null, actorId: null, actorRoles: null, ip: ip ?? null };
  return { orgId: p.orgId, actorId: p.userId, actorRoles: [...p.roles], ip: ip ?? p.ip };
}

export interface PublicUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

export function publicUser(p: Principal): PublicUser {
  return { id: p.userId, email: p.email, displayName: p.displayName, roles: p.roles, totpEnabled: p.totpEnabled, mustChangePassword: p.mustChangePassword };
}
