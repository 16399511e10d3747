// Pure access decisions over the policy table: no database, no clock (the caller says whether a
// break-glass is active at the moment of the request).
import { POLICY, type Action, type Relation, type Role, type Rule } from './policy.js';

export interface Actor {
  userId: string;
  orgId: string;
  roles: readonly Role[];
}

export interface ClientResource {
  kind: 'client';
  orgId: string;
  practitionerId: string | null;
  status: string;
  /** This actor holds an active, unexpired break-glass on this client. */
  breakGlassActive: boolean;
  /** The resource is one concern of this client, escalated to the safeguarding leads (issue 7). */
  escalatedConcern?: boolean;
}

export interface OrgResource {
  kind: 'org';
  orgId: string;
}

export type Resource = ClientResource | OrgResource;

export type Decision = { allowed: true; via: Role | Relation | 'member' } | { allowed: false; denial: Rule['denial'] };

function relationHolds(actor: Actor, relation: Relation, r: ClientResource): boolean {
  if (r.status === 'erased') return false;
  switch (relation) {
    case 'assigned':
      return actor.roles.includes('practitioner') && r.practitionerId !== null && r.practitionerId === actor.userId;
    case 'break-glass':
      return actor.roles.includes('safeguarding-lead') && r.breakGlassActive;
    case 'escalated-concern':
      return actor.roles.includes('safeguarding-lead') && r.escalatedConcern === true;
  }
}

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const rule: Rule = POLICY[action];
  const deny = { allowed: false as const, denial: rule.denial };
  if (resource.orgId !== actor.orgId) return deny;
  if (rule.anyMember) return { allowed: true, via: 'member' };
  for (const role of rule.roles ?? []) {
    if (!actor.roles.includes(role)) continue;
    // A role-granted action on a client still needs a live record (not an erased one).
    if (resource.kind === 'client' && resource.status === 'erased') continue;
    return { allowed: true, via: role };
  }
  if (resource.kind === 'client') {
    for (const rel of rule.relations ?? []) if (relationHolds(actor, rel, resource)) return { allowed: true, via: rel };
  }
  return deny;
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource).allowed;
}

export function hasRole(actor: { roles: readonly string[] }, role: Role): boolean {
  return actor.roles.includes(role);
}
