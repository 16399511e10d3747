// The access matrix (TEST-PLAN T1, T16): every route registered in the app (from the onRoute hook) × every
// actor (each role, a safeguarding lead holding a break-glass, a session still waiting for its second factor,
// anonymous) × target (own client, another practitioner's client, a client that does not exist). A route in
// the app but not in this table fails the test. Denials for "not yours" and "does not exist" must be
// byte-identical. Every signed-in request leaves at least one audit record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, addUser, totpCode, cookieFrom, PASSWORD, type Session, type TestApp, type World } from '../helpers/app.js';

type Actor = 'anon' | 'practitioner' | 'supervisor' | 'safeguarding-lead' | 'sl-break-glass' | 'admin' | 'dpo' | 'mfa-pending';
const ACTORS: Actor[] = ['anon', 'practitioner', 'supervisor', 'safeguarding-lead', 'sl-break-glass', 'admin', 'dpo', 'mfa-pending'];
const SIGNED_IN: Actor[] = ['practitioner', 'supervisor', 'safeguarding-lead', 'sl-break-glass', 'admin', 'dpo'];
type Target = 'own' | 'other' | 'missing';

/** A status, a status with the problem code, or 'pass' (got past access control: not 401/403/404). */
type Expect = number | `${number}:${string}` | 'pass';
type PerTarget = Partial<Record<Target, Expect>>;
type Level = 'none' | 'any' | 'mfa' | 'enrol' | 'full' | 'docs';

interface Row {
  level: Level;
  /** Expected outcome per signed-in actor (full stage); unlisted actors get `deny`. */
  allow?: Partial<Record<Actor, Expect | PerTarget>>;
  deny?: Expect;
  /** Client routes: run for each target. */
  client?: boolean;
  payload?: (f: Fixture, actor: Actor, target: Target) => unknown;
  /** Needs a session of its own (it ends or changes the session). */
  fresh?: boolean;
}

interface Fixture {
  w: World;
  own: { clientId: string; noteId: string };
  other: { clientId: string; noteId: string };
  spareUserId: string;
}

const everyone = (e: Expect): Partial<Record<Actor, Expect>> => Object.fromEntries(SIGNED_IN.map((a) => [a, e]));
const TOTP_USERS: Actor[] = ['safeguarding-lead', 'sl-break-glass', 'admin'];
const byTotp = (withTotp: Expect, without: Expect): Partial<Record<Actor, Expect>> => Object.fromEntries(SIGNED_IN.map((a) => [a, TOTP_USERS.includes(a) ? withTotp : without]));

/** Raising a concern: the assigned practitioner on their own client; everyone else, and any missing client, 403. */
const raiseAccess = (own: Expect): Partial<Record<Actor, PerTarget>> => Object.fromEntries(SIGNED_IN.map((a) => [a, { own: a === 'practitioner' ? own : '403:forbidden', other: '403:forbidden', missing: '403:forbidden' }]));

const FACTS = { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true };
const TRAINING_SCENARIO = { title: 'Matrix scenario', narrative: 'A synthetic narrative for the access matrix, long enough to pass.', facts: FACTS, expected: { verdict: 'escalate' }, notes: 'Teaching notes for the access matrix.', difficulty: 'foundation' };

const TABLE: Record<string, Row> = {
  // Public.
  'GET /api/health': { level: 'none', allow: everyone(200) },
  'GET /api/openapi.json': { level: 'none', allow: everyone(200) },
  'GET /api/v1/setup/status': { level: 'none', allow: everyone(200) },
  'POST /api/v1/setup': { level: 'none', allow: everyone('409:setup-done'), payload: () => ({ organisation: 'X', displayName: 'X', email: `x${randomUUID()}@example.test`, password: PASSWORD }) },
  'POST /api/v1/auth/login': { level: 'none', allow: everyone('401:invalid-credentials'), payload: () => ({ email: `nobody-${randomUUID()}@example.test`, password: 'wrong password entirely' }) },
  'GET /api/docs/': { level: 'docs' },
  'GET /api/docs/static/index.html': { level: 'docs' },
  'GET /api/docs/static/swagger-initializer.js': { level: 'docs' },
  'GET /api/docs/json': { level: 'docs' },
  'GET /api/docs/yaml': { level: 'docs' },
  'GET /api/docs/static/*': { level: 'docs' },
  // Sign-in stages.
  'POST /api/v1/auth/mfa': { level: 'mfa', allow: everyone('403:stage-required'), payload: () => ({ code: '000000' }) },
  'POST /api/v1/auth/totp/enrol': { level: 'enrol', allow: byTotp('409:conflict', 200) },
  'POST /api/v1/auth/totp/confirm': { level: 'enrol', allow: byTotp('409:conflict', '401:invalid-code'), payload: () => ({ code: '000000' }) },
  'GET /api/v1/auth/session': { level: 'any', allow: everyone(200) },
  'POST /api/v1/auth/logout': { level: 'any', allow: everyone(204), fresh: true },
  // Own account.
  'POST /api/v1/auth/recovery-codes': { level: 'full', allow: byTotp(200, '409:conflict'), payload: () => ({ password: PASSWORD }) },
  'POST /api/v1/auth/logout-all': { level: 'full', allow: everyone(204), fresh: true },
  'POST /api/v1/auth/password': { level: 'full', allow: everyone('400:weak-password'), payload: () => ({ currentPassword: PASSWORD, newPassword: PASSWORD }) },
  'POST /api/v1/auth/reauth': { level: 'full', allow: everyone(204), payload: () => ({ password: PASSWORD, code: '{totp}' }) },
  'GET /api/v1/me/sessions': { level: 'full', allow: everyone(200) },
  'DELETE /api/v1/me/sessions/:id': { level: 'full', allow: everyone('404:not-found') },
  'GET /api/v1/me/sign-ins': { level: 'full', allow: everyone(200) },
  'GET /api/v1/notifications': { level: 'full', allow: everyone(200) },
  'POST /api/v1/notifications/:id/read': { level: 'full', allow: everyone('404:not-found') },
  'GET /api/v1/organisation': { level: 'full', allow: everyone(200) },
  'GET /api/v1/practitioners': { level: 'full', allow: everyone(200) },
  'POST /api/v1/assess': { level: 'full', allow: everyone('pass'), payload: () => FACTS },
  'POST /api/v1/redact': { level: 'full', allow: everyone(200), payload: () => ({ text: 'Met Alex at the library.', known: { people: [{ role: 'client', name: 'Alex' }] } }) },
  // Administration: admins only, and never client content.
  'GET /api/v1/users': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden' },
  'POST /api/v1/users': { level: 'full', allow: { admin: 201 }, deny: '403:forbidden', payload: () => ({ email: `new-${randomUUID()}@example.test`, displayName: 'New', roles: ['supervisor'] }) },
  'PATCH /api/v1/users/:id': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden', payload: () => ({ displayName: 'Spare User' }) },
  'POST /api/v1/users/:id/deactivate': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden' },
  'POST /api/v1/users/:id/reactivate': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden' },
  'POST /api/v1/users/:id/reset-mfa': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden' },
  'PATCH /api/v1/organisation': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden', payload: () => ({ name: 'Test Org (fictional)' }) },
  'GET /api/v1/clients/assignments': { level: 'full', allow: { admin: 200 }, deny: '403:forbidden' },
  // Audit: DPO only.
  'GET /api/v1/audit': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden' },
  'GET /api/v1/audit/verify': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden' },
  'GET /api/v1/audit/export': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden' },
  // Clients.
  'GET /api/v1/clients': { level: 'full', allow: { practitioner: 200, 'safeguarding-lead': 200, 'sl-break-glass': 200 }, deny: '403:forbidden' },
  'POST /api/v1/clients': { level: 'full', allow: { practitioner: 201, admin: 201 }, deny: '403:forbidden', payload: (f) => ({ name: 'Matrix Person', practitionerId: f.w.users.practitioner!.id }) },
  'GET /api/v1/clients/:id': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/clients/:id/notes': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/clients/:id/notes/:noteId': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'POST /api/v1/clients/:id/notes': { level: 'full', client: true, allow: { practitioner: { own: 201 } }, payload: () => ({ text: 'matrix note' }) },
  'POST /api/v1/clients/:id/assign': {
    level: 'full',
    client: true,
    allow: { admin: { own: 200, other: 200 } },
    payload: (f, _a, target) => ({ practitionerId: target === 'other' ? f.w.users.practitioner2!.id : f.w.users.practitioner!.id }),
  },
  // Case record (issue 6). Sub-records (engagements, consents) of the fixture clients do not exist, so those
  // routes answer 404 to everyone; invalid payloads prove that the assigned practitioner got past access control.
  'GET /api/v1/statements': { level: 'full', allow: everyone(200) },
  'POST /api/v1/statements': { level: 'full', allow: { admin: 201 }, deny: '403:forbidden', payload: () => ({ service: 'matrix-service', title: 'Matrix statement', body: 'What you say stays with us. We share only if someone is at serious risk or the law says we must.' }) },
  'GET /api/v1/directory': { level: 'full', allow: everyone(200) },
  'POST /api/v1/directory': { level: 'full', allow: { admin: 201 }, deny: '403:forbidden', payload: () => ({ kind: 'helpline', name: 'Matrix Helpline (fictional)' }) },
  'PATCH /api/v1/directory/:id': { level: 'full', allow: { admin: '404:not-found' }, deny: '403:forbidden', payload: () => ({ description: 'x' }) },
  'DELETE /api/v1/directory/:id': { level: 'full', allow: { admin: '404:not-found' }, deny: '403:forbidden' },
  'GET /api/v1/clients/:id/record': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'POST /api/v1/clients/:id/engagements': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' } }, payload: () => ({ service: 'matrix-service', openedAt: '2099-01-01' }) },
  'POST /api/v1/clients/:id/engagements/:engagementId/close': { level: 'full', client: true, payload: () => ({ reason: 'goals-met', summary: 'Matrix closing summary.' }) },
  'POST /api/v1/clients/:id/conflicts': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' } }, payload: () => ({ description: 'x', action: 'y' }) },
  'GET /api/v1/clients/:id/engagements/:engagementId/agreement': { level: 'full', client: true },
  'PUT /api/v1/clients/:id/engagements/:engagementId/agreement': { level: 'full', client: true, payload: (f) => ({ statementId: f.spareUserId, explainedAt: '2026-01-01', method: 'phone', comprehension: [] }) },
  'POST /api/v1/clients/:id/engagements/:engagementId/agreement/reviews': { level: 'full', client: true, payload: () => ({ reviewedAt: '2026-01-01', changes: 'nothing', mandatoryReportingRevisited: true }) },
  'GET /api/v1/clients/:id/engagements/:engagementId/agreement.pdf': { level: 'full', client: true },
  'POST /api/v1/clients/:id/engagements/:engagementId/notes': { level: 'full', client: true, payload: () => ({ text: 'matrix note', sessionDate: '2026-01-01', mode: 'phone' }) },
  'GET /api/v1/clients/:id/session-notes': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'PUT /api/v1/clients/:id/notes/:noteId': { level: 'full', client: true, allow: { practitioner: { own: '409:conflict' } }, payload: () => ({ text: 'matrix note', version: 99 }) },
  'GET /api/v1/clients/:id/notes/:noteId/versions': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'POST /api/v1/clients/:id/third-parties': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' } }, payload: () => ({ name: 'x', relationship: 'friend' }) },
  'GET /api/v1/clients/:id/consents': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'POST /api/v1/clients/:id/consents': {
    level: 'full',
    client: true,
    allow: { practitioner: { own: '400:validation' } },
    payload: () => ({ categories: ['attendance'], recipient: { kind: 'named', name: 'Matrix Org' }, purpose: 'Matrix purpose', method: 'verbal', givenAt: '2026-01-10', expiresAt: '2026-01-01', risksExplained: true }),
  },
  'POST /api/v1/clients/:id/consents/:consentId/withdraw': { level: 'full', client: true },
  'GET /api/v1/clients/:id/consents/:consentId/fhir': { level: 'full', client: true },
  'POST /api/v1/clients/:id/referrals': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' } }, payload: () => ({ kind: 'referral', recipientName: 'Matrix', reason: 'x' }) },
  'POST /api/v1/clients/:id/referrals/:referralId/outcomes': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' } }, payload: () => ({ outcome: 'x' }) },
  // Concerns and escalations (issue 7). Raising a concern (and its prefill) on a client not yours, or missing,
  // is a 403 (audited); the fixture clients have no concerns, so the per-concern routes answer 404 to everyone.
  'GET /api/v1/clients/:id/concerns/prefill': { level: 'full', client: true, allow: raiseAccess(200) },
  'POST /api/v1/clients/:id/concerns': { level: 'full', client: true, allow: raiseAccess('400:validation'), payload: () => ({ kind: 'general', profession: 'iag', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: 'x' }) },
  'GET /api/v1/clients/:id/concerns': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/clients/:id/concerns/:concernId': { level: 'full', client: true },
  'POST /api/v1/clients/:id/concerns/:concernId/choice': { level: 'full', client: true, payload: () => ({ choice: 'accepted' }) },
  'POST /api/v1/clients/:id/concerns/:concernId/escalate': { level: 'full', client: true, payload: () => ({ urgency: 'routine' }) },
  'GET /api/v1/escalations': { level: 'full', allow: { 'safeguarding-lead': 200, 'sl-break-glass': 200 }, deny: '403:forbidden' },
  'POST /api/v1/escalations/:concernId/messages': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ body: 'Matrix question' }) },
  'POST /api/v1/escalations/:concernId/decision': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ outcome: 'refer', reason: 'Matrix reason, long enough.' }) },
  // Client rights: the DPO, for any client of the organisation (future request date: refused after access control).
  'POST /api/v1/clients/:id/subject-access': { level: 'full', client: true, allow: { dpo: { own: '400:validation', other: '400:validation' } }, payload: () => ({ requestReceivedAt: '2099-01-01' }) },
  'GET /api/v1/clients/:id/subject-access.pdf': { level: 'full', client: true, allow: { dpo: { own: '400:validation', other: '400:validation' } } },
  'POST /api/v1/clients/:id/legal-hold': { level: 'full', client: true, allow: { dpo: { own: 200, other: 200 } }, payload: () => ({ hold: false }) },
  'POST /api/v1/clients/:id/erase': { level: 'full', client: true, allow: { dpo: { own: '400:validation', other: '400:validation' } }, payload: () => ({ confirmReference: 'C-NOPE00' }) },
  'GET /api/v1/client-rights/lookup': { level: 'full', allow: { dpo: '400:validation' }, deny: '404:not-found' },
  'GET /api/v1/retention': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden' },
  'PUT /api/v1/retention/:service': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden', payload: () => ({ months: 24 }) },
  'GET /api/v1/retention/due': { level: 'full', allow: { dpo: 200 }, deny: '403:forbidden' },
  // Disclosures (issue 7): the client's practitioner (or a lead holding a break-glass) requests; leads see the
  // queue and approve. Disclosure ids here do not exist, so the /disclosures/:id routes answer 404 to everyone.
  // (Before the break-glass row: that row gives the plain lead a break-glass too.)
  'GET /api/v1/clients/:id/disclosure-options': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/clients/:id/disclosures': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'POST /api/v1/clients/:id/disclosures': { level: 'full', client: true, allow: { practitioner: { own: '400:validation' }, 'sl-break-glass': { own: '400:validation' } }, payload: () => ({}) },
  'GET /api/v1/clients/:id/chronology': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/clients/:id/chronology.pdf': { level: 'full', client: true, allow: { practitioner: { own: 200 }, 'sl-break-glass': { own: 200 } } },
  'GET /api/v1/disclosures/pending': { level: 'full', allow: { 'safeguarding-lead': 200, 'sl-break-glass': 200 }, deny: '403:forbidden' },
  'GET /api/v1/disclosures/:id': { level: 'full', allow: everyone('404:not-found') },
  'PUT /api/v1/disclosures/:id': { level: 'full', allow: everyone('404:not-found'), payload: () => ({}) },
  'POST /api/v1/disclosures/:id/approve': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ requestHash: 'x' }) },
  'POST /api/v1/disclosures/:id/refuse': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ reason: 'Matrix refusal reason.' }) },
  'POST /api/v1/disclosures/:id/record': { level: 'full', allow: everyone('404:not-found'), payload: () => ({}) },
  'POST /api/v1/disclosures/:id/annotations': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ text: 'Matrix annotation' }) },
  'GET /api/v1/disclosures/:id/pack.pdf': { level: 'full', allow: everyone('404:not-found') },
  'POST /api/v1/clients/:id/break-glass': {
    level: 'full',
    client: true,
    fresh: true,
    allow: { 'safeguarding-lead': { own: 201, other: 201 }, 'sl-break-glass': { own: 201, other: 201 } },
    payload: () => ({ reason: 'Matrix test: a reason that is long enough' }),
  },
  // Training (issue 8): any member learns; admins and supervisors author, assign and see the team summary.
  'GET /api/v1/training/library': { level: 'full', allow: everyone(200) },
  'GET /api/v1/training/scenarios/:id': { level: 'full', allow: everyone('404:not-found') },
  'GET /api/v1/training/exercises/:id': { level: 'full', allow: everyone('404:not-found') },
  'POST /api/v1/training/scenarios/check': { level: 'full', allow: { admin: 200, supervisor: 200 }, deny: '403:forbidden', payload: () => TRAINING_SCENARIO },
  'POST /api/v1/training/scenarios': { level: 'full', allow: { admin: 201, supervisor: 201 }, deny: '403:forbidden', payload: () => TRAINING_SCENARIO },
  'POST /api/v1/training/exercises': { level: 'full', allow: { admin: 201, supervisor: 201 }, deny: '403:forbidden', payload: () => ({ title: 'Matrix exercise', situation: 'A synthetic situation for the access matrix, long enough to pass.', actions: [{ text: 'Keep it', mark: 'ethical', why: 'Because it is right.' }, { text: 'Gossip', mark: 'unethical', why: 'Because it is a breach.' }, { text: 'Consult', mark: 'ethical', why: 'Because it helps.' }], tags: { profession: 'iag', jurisdiction: 'GB-ENG', concern: 'none', difficulty: 'foundation' } }) },
  'GET /api/v1/training/authored': { level: 'full', allow: { admin: 200, supervisor: 200 }, deny: '403:forbidden' },
  'POST /api/v1/training/answers': { level: 'full', allow: everyone(200), payload: () => ({ kind: 'exercise', id: 'e-iag-02', answer: { marks: ['ethical', 'unethical', 'ethical', 'unethical'] } }) },
  'POST /api/v1/training/assignments': { level: 'full', allow: { admin: 201, supervisor: 201 }, deny: '403:forbidden', payload: (f) => ({ title: 'Matrix set', items: [{ kind: 'scenario', id: 't-iag-01' }], assigneeIds: [f.w.users.practitioner!.id], dueAt: '2026-12-31' }) },
  'GET /api/v1/training/assignments': { level: 'full', allow: everyone(200) },
  'GET /api/v1/training/assignments/:id': { level: 'full', allow: everyone('404:not-found') },
  'GET /api/v1/training/issued': { level: 'full', allow: { admin: 200, supervisor: 200 }, deny: '403:forbidden' },
  'GET /api/v1/training/learners': { level: 'full', allow: { admin: 200, supervisor: 200 }, deny: '403:forbidden' },
  'GET /api/v1/training/progress': { level: 'full', allow: everyone(200) },
  'GET /api/v1/training/team': { level: 'full', allow: { admin: 200, supervisor: 200 }, deny: '403:forbidden' },
  'GET /api/v1/training/certificates/:id': { level: 'full', allow: everyone('404:not-found') },
  // Consultations without names (issue 7 item 3): the client's practitioner writes them; a supervisor reads only
  // packets sent to them (none exist for a random id), and no consultation route opens the record to anyone else.
  'GET /api/v1/supervisors': { level: 'full', allow: { practitioner: 200 }, deny: '403:forbidden' },
  'GET /api/v1/clients/:id/consultations': { level: 'full', client: true, allow: { practitioner: { own: 200 } } },
  'POST /api/v1/clients/:id/consultations': { level: 'full', client: true, allow: { practitioner: { own: 201 } }, payload: (f) => ({ supervisorId: f.spareUserId, summary: 'A synthetic consultation summary for the access matrix.' }) },
  'GET /api/v1/consultations': { level: 'full', allow: { practitioner: 200 }, deny: '403:forbidden' },
  'GET /api/v1/consultations/:id': { level: 'full', allow: everyone('404:not-found') },
  'PUT /api/v1/consultations/:id': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ summary: 'changed' }) },
  'POST /api/v1/consultations/:id/send': { level: 'full', allow: everyone('404:not-found') },
  'POST /api/v1/consultations/:id/messages': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ body: 'A message.' }) },
  'POST /api/v1/consultations/:id/close': { level: 'full', allow: everyone('404:not-found') },
  'GET /api/v1/supervision/inbox': { level: 'full', allow: { supervisor: 200 }, deny: '403:forbidden' },
  'GET /api/v1/supervision/consultations/:id': { level: 'full', allow: everyone('404:not-found') },
  'POST /api/v1/supervision/consultations/:id/messages': { level: 'full', allow: everyone('404:not-found'), payload: () => ({ body: 'A reply.' }) },
};

function expected(row: Row, actor: Actor, target: Target | undefined): Expect {
  if (row.level === 'docs') return 'pass';
  if (actor === 'anon') return row.level === 'none' ? (row.allow?.practitioner as Expect) : '401:unauthenticated';
  if (actor === 'mfa-pending') {
    if (row.level === 'none') return row.allow?.practitioner as Expect;
    if (row.level === 'any') return row.allow?.practitioner as Expect;
    if (row.level === 'mfa') return '401:invalid-code';
    return '403:stage-required';
  }
  const a = row.allow?.[actor];
  if (a === undefined) return row.client ? '404:not-found' : (row.deny ?? '403:forbidden');
  if (typeof a === 'object') return a[target ?? 'own'] ?? '404:not-found';
  return a;
}

function check(e: Expect, status: number, body: string, what: string): void {
  if (e === 'pass') {
    assert.ok(![401, 403, 404].includes(status) && status < 500, `${what}: expected to pass access control, got ${status} ${body.slice(0, 200)}`);
    return;
  }
  const [s, code] = String(e).split(':');
  assert.equal(status, Number(s), `${what}: expected ${e}, got ${status} ${body.slice(0, 200)}`);
  if (code) assert.equal(JSON.parse(body).code, code, `${what}: problem code`);
}

forEachDialect('access matrix', (dialect) => {
  let t: TestApp;
  let f: Fixture;
  const sessions = new Map<Actor, Session | undefined>();
  const ids = new Map<Actor, string>();

  async function sessionFor(actor: Actor): Promise<Session | undefined> {
    if (actor === 'anon') return undefined;
    if (actor === 'mfa-pending') {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'sl-pending@example.test', password: PASSWORD } });
      return { cookie: cookieFrom(r)!, csrf: r.json().csrfToken, userId: r.json().user.id };
    }
    const email = actor === 'sl-break-glass' ? 'sl-bg@example.test' : f.w.users[actor]!.email;
    return signIn(t, email);
  }

  before(async () => {
    t = await makeTestApp(dialect);
    const w = await seedWorld(t);
    const slBg = await addUser(t, w.orgId, 'sl-bg@example.test', ['safeguarding-lead']);
    ids.set('sl-break-glass', slBg);
    await addUser(t, w.orgId, 'sl-pending@example.test', ['safeguarding-lead']);
    const spareUserId = await addUser(t, w.orgId, 'spare@example.test', ['supervisor']);
    const mk = async (email: string) => {
      const s = await signIn(t, email);
      const c = await as(t, s)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Matrix Client' } });
      const n = await as(t, s)({ method: 'POST', url: `/api/v1/clients/${c.json().client.id}/notes`, payload: { text: 'matrix' } });
      return { clientId: c.json().client.id as string, noteId: n.json().note.id as string };
    };
    f = { w, own: await mk(w.users.practitioner!.email), other: await mk(w.users.practitioner2!.email), spareUserId };
    const bg = await signIn(t, 'sl-bg@example.test');
    const r = await as(t, bg)({ method: 'POST', url: `/api/v1/clients/${f.own.clientId}/break-glass`, payload: { reason: 'Matrix test: a reason that is long enough' } });
    assert.equal(r.statusCode, 201, r.body);
    for (const a of ACTORS) sessions.set(a, await sessionFor(a));
  });
  after(async () => t.close());

  test('every registered route is in the table, and every table row is a route', () => {
    const registered = new Set<string>();
    for (const r of t.routes) for (const m of [r.method].flat()) if (m !== 'HEAD') registered.add(`${m} ${r.url}`);
    const missing = [...registered].filter((k) => !Object.hasOwn(TABLE, k));
    assert.deepEqual(missing, [], 'routes without an access expectation');
    const stale = Object.keys(TABLE).filter((k) => !registered.has(k));
    assert.deepEqual(stale, [], 'table rows without a route');
  });

  test('every route × actor × target gives the expected outcome; not-yours equals missing', async () => {
    let cells = 0;
    for (const [key, row] of Object.entries(TABLE)) {
      const [method, pattern] = key.split(' ') as [string, string];
      for (const actor of ACTORS) {
        const targets: (Target | undefined)[] = row.client ? ['own', 'other', 'missing'] : [undefined];
        const bodies = new Map<Target, { status: number; body: string }>();
        for (const target of targets) {
          const tgt = target === 'own' ? f.own : target === 'other' ? f.other : { clientId: randomUUID(), noteId: randomUUID() };
          const url = pattern
            .replace('/static/*', '/static/swagger-ui.css')
            .replace(':noteId', tgt.noteId)
            .replace(/:(engagementId|consentId|referralId|service|concernId)/, () => randomUUID())
            .replace(/\/clients\/:id/, `/clients/${tgt.clientId}`)
            .replace(/\/users\/:id/, `/users/${f.spareUserId}`)
            .replace(':id', randomUUID());
          let s = sessions.get(actor);
          if (row.fresh && s) s = await sessionFor(actor);
          let payload = row.payload?.(f, actor, target ?? 'own');
          if (payload && JSON.stringify(payload).includes('{totp}')) {
            t.clock.advance(30_000);
            payload = JSON.parse(JSON.stringify(payload).replace('{totp}', totpCode(t)));
            if (!TOTP_USERS.includes(actor)) delete (payload as { code?: string }).code;
          }
          const needsJson = method !== 'GET' && method !== 'DELETE';
          const res = await as(t, s)({ method, url, ...(needsJson ? { payload: payload ?? {} } : {}) });
          check(expected(row, actor, target), res.statusCode, res.body, `${key} as ${actor}${target ? ` on ${target}` : ''}`);
          if (target) bodies.set(target, { status: res.statusCode, body: res.body });
          if (actor !== 'practitioner' && actor !== 'sl-break-glass') {
            assert.ok(!/Matrix (Client|Person)|matrix note/.test(res.body), `${key} as ${actor}: client content in the response`);
          }
          // logout-all ends every session of the user, the shared one included.
          if (row.fresh && s) sessions.set(actor, await sessionFor(actor));
          cells++;
        }
        const other = bodies.get('other');
        const missing = bodies.get('missing');
        if (other && missing && other.status === 404) assert.equal(other.body, missing.body, `${key} as ${actor}: not-yours differs from missing`);
      }
    }
    assert.ok(cells > 300, `drove ${cells} cells`);
  });

  test('audit completeness: denials and client reads are recorded with actor, roles, action and outcome', async () => {
    await t.ctx.audit.drain();
    const rows = await t.ctx.store.db.selectFrom('audit_log').selectAll().execute();
    const denied = rows.filter((r) => r.action === 'access.denied');
    assert.ok(denied.length > 20);
    for (const r of denied) {
      assert.ok(r.actor_id && r.actor_roles && r.at && r.outcome === 'denied');
    }
    const reads = rows.filter((r) => r.action === 'client.read' && r.client_id === f.own.clientId);
    assert.ok(reads.length >= 2, 'practitioner and break-glass reads');
    assert.ok(!JSON.stringify(rows).includes('Matrix Client'), 'no client names in the audit log');
  });
});
