// Who may do what: the policy as data. Each action names the roles that may perform it outright, and/or the
// relationships to a client record that grant it. Roles combine: a user holding several roles may do what
// any of them allows. Nothing else in the code base decides access; services ask `decide` or `authorize`.
export const ROLES = ['practitioner', 'supervisor', 'safeguarding-lead', 'admin', 'dpo'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that must have a second factor (TOTP) before they reach anything else. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ['admin', 'safeguarding-lead'];

/**
 * - `assigned`: the client's assigned practitioner (and still holding the practitioner role);
 * - `break-glass`: a safeguarding lead with an active, unexpired break-glass on this client;
 * - `escalated-concern`: a safeguarding lead, on a concern that was escalated to the organisation's leads
 *   (the resource is that concern only: it never opens the rest of the record).
 */
export type Relation = 'assigned' | 'break-glass' | 'escalated-concern';

export interface Rule {
  /** Roles that may perform the action (on any resource of their organisation). */
  roles?: readonly Role[];
  /** Relationships to the client that allow the action. */
  relations?: readonly Relation[];
  /** Any signed-in member of the organisation. */
  anyMember?: boolean;
  /**
   * How a refusal looks. Client records answer `not-found`, so that "not yours" and "does not exist"
   * cannot be told apart (no probing for who is a client); other refusals are a plain `forbidden`.
   */
  denial: 'forbidden' | 'not-found';
}

export const POLICY = {
  'organisation.read': { anyMember: true, denial: 'forbidden' },
  'organisation.update': { roles: ['admin'], denial: 'forbidden' },
  'user.list': { roles: ['admin'], denial: 'forbidden' },
  'user.manage': { roles: ['admin'], denial: 'forbidden' },
  'practitioner.list': { anyMember: true, denial: 'forbidden' },
  'notification.use': { anyMember: true, denial: 'forbidden' },
  'engine.use': { anyMember: true, denial: 'forbidden' },
  // Admins create a client record for a named practitioner but never see names or content afterwards.
  'client.create': { roles: ['practitioner', 'admin'], denial: 'forbidden' },
  'client.list': { roles: ['practitioner', 'safeguarding-lead'], denial: 'forbidden' },
  'client.assignments': { roles: ['admin'], denial: 'forbidden' },
  'client.assign': { roles: ['admin'], denial: 'not-found' },
  'client.read': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  'note.list': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  'note.read': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  // Break-glass is for reading in an emergency, not for writing into someone else's case record.
  'note.create': { relations: ['assigned'], denial: 'not-found' },
  'breakglass.open': { roles: ['safeguarding-lead'], denial: 'not-found' },
  'audit.read': { roles: ['dpo'], denial: 'forbidden' },
  // The case record (issue 6). Statements and the directory are organisation policy, kept by admins.
  'statement.read': { anyMember: true, denial: 'forbidden' },
  'statement.manage': { roles: ['admin'], denial: 'forbidden' },
  'directory.read': { anyMember: true, denial: 'forbidden' },
  'directory.manage': { roles: ['admin'], denial: 'forbidden' },
  'record.read': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  'record.write': { relations: ['assigned'], denial: 'not-found' },
  // Client rights (the DPO): subject-access export, legal hold, erasure, retention schedules.
  'client.export': { roles: ['dpo'], denial: 'not-found' },
  'client.hold': { roles: ['dpo'], denial: 'not-found' },
  'client.erase': { roles: ['dpo'], denial: 'not-found' },
  'retention.manage': { roles: ['dpo'], denial: 'forbidden' },
  // Training (issue 8): never touches client records, so no client relationship is involved. Any member
  // learns; admins and supervisors write scenarios and assign sets; the team view is for them too.
  'training.learn': { anyMember: true, denial: 'forbidden' },
  'training.author': { roles: ['admin', 'supervisor'], denial: 'forbidden' },
  'training.assign': { roles: ['admin', 'supervisor'], denial: 'forbidden' },
  'training.team': { roles: ['admin', 'supervisor'], denial: 'forbidden' },
  // Concerns and escalations (issue 7). Raising a concern on a client who is not yours is a plain 403 (audited),
  // for a missing client too, so the answer does not tell the two apart. An escalated concern opens that concern
  // (not the record) to the organisation's safeguarding leads; they ask, and decide, on it alone.
  'concern.raise': { relations: ['assigned'], denial: 'forbidden' },
  'concern.list': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  'concern.read': { relations: ['assigned', 'break-glass', 'escalated-concern'], denial: 'not-found' },
  'concern.write': { relations: ['assigned'], denial: 'not-found' },
  'escalation.queue': { roles: ['safeguarding-lead'], denial: 'forbidden' },
  'escalation.message': { relations: ['assigned', 'escalated-concern'], denial: 'not-found' },
  'escalation.decide': { relations: ['escalated-concern'], denial: 'not-found' },
  // Consultations without names (issue 7 item 3, U1). The client's practitioner writes and reads them through
  // the client (a break-glass does not open them: they are the practitioner's own supervision); a supervisor
  // reads only packets sent to them (the service keeps to rows addressed to the signed-in supervisor) and never
  // gains any client action above.
  'consultation.write': { relations: ['assigned'], denial: 'not-found' },
  'consultation.read': { relations: ['assigned'], denial: 'not-found' },
  'consultation.mine': { roles: ['practitioner'], denial: 'forbidden' },
  'consultation.inbox': { roles: ['supervisor'], denial: 'forbidden' },
  'consultation.respond': { roles: ['supervisor'], denial: 'not-found' },
  'supervisor.list': { roles: ['practitioner'], denial: 'forbidden' },
  // Disclosures (issue 7 items 5, 6, 8). The client's practitioner requests (a lead holding a break-glass too);
  // approving is a second person's job: any safeguarding lead of the organisation (the service refuses the
  // requester approving their own). Leads read a request to approve it and annotate recorded disclosures.
  'disclosure.request': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
  'disclosure.read': { roles: ['safeguarding-lead'], relations: ['assigned'], denial: 'not-found' },
  'disclosure.approve': { roles: ['safeguarding-lead'], denial: 'not-found' },
  'disclosure.annotate': { roles: ['safeguarding-lead'], relations: ['assigned'], denial: 'not-found' },
  'disclosure.queue': { roles: ['safeguarding-lead'], denial: 'forbidden' },
  'chronology.read': { relations: ['assigned', 'break-glass'], denial: 'not-found' },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
