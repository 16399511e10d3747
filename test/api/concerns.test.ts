// Concerns and escalations (issue 7 items 2, 4, 7) through the API on both dialects: raise with the engine's
// verdict and the limits prefilled from the agreement; accept or override (a reason is required); a colleague
// concern keeps the colleague's name only in the sealed third-party record and refuses free text naming them;
// another practitioner's client is a 403, audited; escalation to the leads (queue by urgency then age, the
// lead reads that concern only, question thread, decision); in-app notices and an e-mail through a real local
// SMTP sink that carries no client content; a dead SMTP server loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';
import { settleEscalationMail } from '../../src/services/escalations.js';
import { closeMailers } from '../../src/services/mailer.js';

const STATEMENT = 'What you tell me stays between us. There are a few times I must share: if you or someone else is at serious risk of harm, or if the law makes me. I will tell you first if I can.';
const CLIENT_NAME = 'Robin Synthetic-Example';
const COLLEAGUE = 'Quentin Fictionalperson';

interface Sink { port: number; mails: string[]; close(): Promise<void> }
async function smtpSink(): Promise<Sink> {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, cb) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        mails.push(data);
        cb();
      });
    },
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((res) => server.close(() => res())) };
}

const RISK = { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', summary: 'The client spoke of suicidal thoughts and of stockpiling tablets; asked that no one be told.' };

forEachDialect('concerns', (dialect) => {
  let t: TestApp;
  let w: World;
  let sink: Sink;
  let prac: Session;
  let prac2: Session;
  let lead: Session;
  let supervisor: Session;
  let clientId: string;
  let engagementId: string;
  let concernId: string;

  before(async () => {
    sink = await smtpSink();
    t = await makeTestApp(dialect, { env: { CONFIDANT_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, CONFIDANT_PUBLIC_URL: 'https://confidant.example.test' } });
    w = await seedWorld(t);
    prac = await signIn(t, w.users.practitioner!.email);
    prac2 = await signIn(t, w.users.practitioner2!.email);
    lead = await signIn(t, w.users['safeguarding-lead']!.email);
    supervisor = await signIn(t, w.users.supervisor!.email);
    const admin = await signIn(t, w.users.admin!.email);
    const st = await as(t, admin)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'counselling', title: 'Confidentiality', body: STATEMENT } });
    const c = await as(t, prac)({ method: 'POST', url: '/api/v1/clients', payload: { name: CLIENT_NAME, jurisdiction: 'GB-ENG' } });
    assert.equal(c.statusCode, 201, c.body);
    clientId = c.json().client.id;
    const e = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/engagements`, payload: { service: 'counselling' } });
    engagementId = e.json().engagement.id;
    const a = await as(t, prac)({
      method: 'PUT',
      url: `/api/v1/clients/${clientId}/engagements/${engagementId}/agreement`,
      payload: { statementId: st.json().statement.id, explainedAt: '2026-01-15T08:45:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name: CLIENT_NAME }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is in danger', understood: true }] },
    });
    assert.equal(a.statusCode, 200, a.body);
  });
  after(async () => {
    await settleEscalationMail();
    closeMailers();
    await t.close();
    await sink.close();
  });
  const url = (s: string) => `/api/v1/clients/${clientId}${s}`;

  test('the form is prefilled: limits explained from the agreement record (and where it came from), jurisdiction from the client', async () => {
    const r = await as(t, prac)({ method: 'GET', url: url(`/concerns/prefill?engagementId=${engagementId}`) });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().limitsExplained, true);
    assert.match(r.json().limitsSource, /agreement record.*2026-01-15/);
    assert.equal(r.json().jurisdiction, 'GB-ENG');
    assert.deepEqual(r.json().colleagueNatures.map((n: { id: string }) => n.id), ['conflict', 'harassment', 'misconduct']);
    const none = await as(t, prac)({ method: 'GET', url: url('/concerns/prefill') });
    assert.equal(none.json().engagementId, engagementId, 'the open engagement is found without being named');
  });

  test('prefill says no when the agreement records that the client was not ready, and asks when there is no engagement', async () => {
    const other = await as(t, prac)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Sam Synthetic-Second' } });
    const id = other.json().client.id;
    const none = await as(t, prac)({ method: 'GET', url: `/api/v1/clients/${id}/concerns/prefill` });
    assert.equal(none.json().limitsExplained, null);
    assert.equal(none.json().jurisdiction, null, 'no client or organisation jurisdiction');
    const e = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${id}/engagements`, payload: { service: 'counselling' } });
    const eid = e.json().engagement.id;
    const st = (await as(t, prac)({ method: 'GET', url: '/api/v1/statements' })).json()[0].id;
    await as(t, prac)({ method: 'PUT', url: `/api/v1/clients/${id}/engagements/${eid}/agreement`, payload: { statementId: st, explainedAt: '2026-01-15T08:30:00Z', method: 'in-person', comprehension: [], notReady: { reason: 'Client was upset and asked to come back to it next time.' } } });
    const notReady = await as(t, prac)({ method: 'GET', url: `/api/v1/clients/${id}/concerns/prefill?engagementId=${eid}` });
    assert.equal(notReady.json().limitsExplained, false);
    assert.match(notReady.json().limitsSource, /not ready/);
    const noJ = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${id}/concerns`, payload: RISK });
    assert.equal(noJ.statusCode, 400);
    assert.equal(noJ.json().errors[0].path, 'jurisdiction');
    const stored = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${id}/concerns`, payload: { ...RISK, jurisdiction: 'GB-WLS' } });
    assert.equal(stored.statusCode, 201, stored.body);
    assert.equal(stored.json().concern.facts.limitsExplained, false, 'the prefilled answer is what the engine is told');
    assert.equal(stored.json().concern.facts.jurisdiction, 'GB-WLS');
  });

  test('raise: the engine’s verdict, rationale, steps and citations come back; facts, policy version and verdict are sealed', async () => {
    const r = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, engagementId } });
    assert.equal(r.statusCode, 201, r.body);
    const c = r.json().concern;
    concernId = c.id;
    assert.equal(c.facts.limitsExplained, true, 'prefilled from the agreement');
    assert.equal(c.facts.jurisdiction, 'GB-ENG');
    assert.ok(['escalate', 'disclose', 'consult'].includes(c.verdict), c.verdict);
    assert.ok(c.engineResult.rationale.length > 20 && c.engineResult.steps.length > 0 && c.engineResult.citations.length > 0);
    assert.match(c.policyVersion, /^gb-counselling@/);
    assert.equal(c.status, 'open');
    const row = await t.ctx.store.db.selectFrom('concerns').selectAll().where('id', '=', concernId).executeTakeFirstOrThrow();
    assert.equal(row.verdict, c.verdict);
    assert.ok(!JSON.stringify(row).includes('suicidal') && !JSON.stringify(row).includes('tablets'), 'facts and summary sealed');
    const list = await as(t, prac)({ method: 'GET', url: url('/concerns') });
    assert.deepEqual(list.json().map((x: { id: string }) => x.id), [concernId]);
  });

  test('bad input is refused naming the field; nothing is saved', async () => {
    const before = await t.ctx.store.db.selectFrom('concerns').select('id').execute();
    const noSummary = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, summary: 'x' } });
    assert.equal(noSummary.statusCode, 400);
    assert.equal(noSummary.json().errors[0].path, 'summary');
    const badJ = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, jurisdiction: 'UK-ENG' } });
    assert.equal(badJ.statusCode, 400);
    assert.equal(badJ.json().errors[0].path, 'jurisdiction');
    assert.match(badJ.json().detail, /GB-ENG/);
    const noConcern = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, concern: null } });
    assert.equal(noConcern.json().errors[0].path, 'concern');
    const junk = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, severity: 'very' } });
    assert.equal(junk.statusCode, 400);
    assert.equal((await t.ctx.store.db.selectFrom('concerns').select('id').execute()).length, before.length);
  });

  test('override needs a written reason (400 naming reason); a choice is made once', async () => {
    const raised = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, severity: 'moderate', imminence: 'unlikely' } });
    const id = raised.json().concern.id;
    const noReason = await as(t, prac)({ method: 'POST', url: url(`/concerns/${id}/choice`), payload: { choice: 'overridden' } });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].path, 'reason');
    const ok = await as(t, prac)({ method: 'POST', url: url(`/concerns/${id}/choice`), payload: { choice: 'overridden', reason: 'Safety plan agreed with the client today; reviewing at the next session.' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().concern.choice, 'overridden');
    assert.match(ok.json().concern.choiceReason, /Safety plan/);
    const again = await as(t, prac)({ method: 'POST', url: url(`/concerns/${id}/choice`), payload: { choice: 'accepted' } });
    assert.equal(again.statusCode, 409);
    const acc = await as(t, prac)({ method: 'POST', url: url(`/concerns/${concernId}/choice`), payload: { choice: 'accepted' } });
    assert.equal(acc.json().concern.choice, 'accepted');
  });

  test('another practitioner’s client: 403 with a clear reason (same as a missing client), audited; no read either', async () => {
    const r = await as(t, prac2)({ method: 'POST', url: url('/concerns'), payload: RISK });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().detail, /assigned practitioner/);
    const missing = await as(t, prac2)({ method: 'POST', url: '/api/v1/clients/00000000-0000-0000-0000-000000000000/concerns', payload: RISK });
    assert.equal(missing.statusCode, 403);
    assert.equal(missing.body.replace(/"instance":"[^"]*"/, ''), r.body.replace(/"instance":"[^"]*"/, ''));
    await t.ctx.audit.drain();
    const denied = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'access.denied').where('actor_id', '=', w.users.practitioner2!.id).execute();
    assert.ok(denied.some((d) => d.client_id === clientId && (d.details ?? '').includes('concern.raise')));
    assert.equal((await as(t, prac2)({ method: 'GET', url: url(`/concerns/${concernId}`) })).statusCode, 404);
    assert.equal((await as(t, lead)({ method: 'GET', url: url(`/concerns/${concernId}`) })).statusCode, 404, 'not escalated yet: the lead has no access');
  });

  test('colleague concern (T1–T3): options by kind, the name only in the sealed third-party record, free text naming them refused', async () => {
    const named = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { kind: 'colleague', colleagueNature: 'harassment', colleagueName: COLLEAGUE, profession: 'counselling', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', summary: `${COLLEAGUE.split(' ')[0]} keeps making hostile comments about the client in team meetings.` } });
    assert.equal(named.statusCode, 400, named.body);
    assert.equal(named.json().errors[0].path, 'summary');
    assert.ok(!named.body.includes('Quentin'), 'the refusal does not echo the name');
    const unknownName = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { kind: 'colleague', colleagueNature: 'misconduct', profession: 'counselling', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', summary: 'A colleague, Mr Patel, keeps calling the client useless in front of the team.' } });
    assert.equal(unknownName.statusCode, 400, 'a name the record does not know, found by the de-identifier, is refused too');
    assert.equal(unknownName.json().errors[0].path, 'summary');
    assert.match(unknownName.json().errors[0].message, /Patel.*looks like a person/);
    const conduct = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { kind: 'general', concern: 'colleague-conduct', profession: 'counselling', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', summary: 'A colleague keeps making hostile comments.' } });
    assert.equal(conduct.json().errors[0].path, 'kind');
    const r = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { kind: 'colleague', colleagueNature: 'harassment', colleagueName: COLLEAGUE, profession: 'counselling', atRisk: 'the-client', imminence: 'foreseeable', severity: 'moderate', clientConsent: 'not-asked', summary: 'A colleague keeps making hostile comments about the client’s accent in team meetings.' } });
    assert.equal(r.statusCode, 201, r.body);
    const c = r.json().concern;
    assert.equal(c.facts.concern, 'colleague-conduct');
    assert.equal(c.verdict, 'maintain');
    assert.ok(c.engineResult.steps.some((s: { id: string }) => s.id === 'no-contact-third-party'));
    assert.ok(c.colleagueOptions.some((o: { id: string }) => o.id === 'reporting-channels'));
    assert.ok(c.colleagueThirdPartyId);
    assert.ok(!r.body.includes('Quentin'), 'the concern never carries the colleague’s name');
    const rows = await t.ctx.store.db.selectFrom('concerns').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes('Quentin'));
    const tp = await t.ctx.store.db.selectFrom('third_parties').selectAll().where('id', '=', c.colleagueThirdPartyId).executeTakeFirstOrThrow();
    assert.equal(tp.relationship, 'colleague');
    assert.ok(!tp.name_enc.includes('Quentin'), 'sealed');
    const conflict = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { kind: 'colleague', colleagueNature: 'conflict', colleagueThirdPartyId: c.colleagueThirdPartyId, profession: 'counselling', atRisk: 'no-one', imminence: 'unlikely', severity: 'minor', clientConsent: 'not-asked', summary: 'Tension with a colleague over shared tasks; no harassment described.' } });
    assert.equal(conflict.statusCode, 201, conflict.body);
    assert.equal(conflict.json().concern.facts.concern, 'workplace-conflict');
    assert.ok(conflict.json().concern.colleagueOptions.some((o: { id: string }) => o.id === 'mediation'));
  });

  test('escalation: leads notified in-app and by e-mail without client content; queue by urgency then age; the lead reads that concern only', async () => {
    // A routine one first (older), then the urgent one: the urgent one still comes first.
    const routine = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, severity: 'moderate' } });
    const rid = routine.json().concern.id;
    assert.equal((await as(t, prac)({ method: 'POST', url: url(`/concerns/${rid}/escalate`), payload: { urgency: 'routine' } })).statusCode, 200);
    t.clock.advance(60_000);
    const e = await as(t, prac)({ method: 'POST', url: url(`/concerns/${concernId}/escalate`), payload: { urgency: 'urgent', note: 'Please advise today: the client refuses consent.' } });
    assert.equal(e.statusCode, 200, e.body);
    assert.equal(e.json().concern.status, 'escalated');
    assert.equal(e.json().concern.emailStatus, 'pending');
    assert.equal((await as(t, prac)({ method: 'POST', url: url(`/concerns/${concernId}/escalate`), payload: { urgency: 'urgent' } })).statusCode, 409);
    await settleEscalationMail();
    assert.equal(sink.mails.length, 1, 'one e-mail for the urgent escalation (none for the routine one)');
    const mail = sink.mails[0]!;
    assert.match(mail, /safeguarding-lead@example\.test/);
    assert.match(mail, new RegExp(`/escalations/${concernId}`));
    for (const secret of ['Robin', 'Synthetic', 'suicidal', 'tablets', 'refuses consent', clientId]) assert.ok(!mail.includes(secret), `no client content in the e-mail (${secret})`);
    const row = await t.ctx.store.db.selectFrom('concerns').select('email_status').where('id', '=', concernId).executeTakeFirstOrThrow();
    assert.equal(row.email_status, 'sent');
    lead = await signIn(t, w.users['safeguarding-lead']!.email);
    const notes = await as(t, lead)({ method: 'GET', url: '/api/v1/notifications' });
    assert.ok(notes.json().some((n: { kind: string; message: string; clientId: string | null }) => n.kind === 'escalation' && /urgent concern/i.test(n.message) && n.clientId === null), 'no record link: the escalation opens the concern, not the record');
    assert.ok(!notes.body.includes('Robin'));
    const q = await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    assert.equal(q.statusCode, 200, q.body);
    assert.deepEqual(q.json().map((i: { id: string }) => i.id), [concernId, rid]);
    assert.ok(!q.body.includes('Robin') && !q.body.includes('suicidal'), 'the queue carries no content');
    assert.equal((await as(t, prac)({ method: 'GET', url: '/api/v1/escalations' })).statusCode, 403);
    assert.equal((await as(t, supervisor)({ method: 'GET', url: '/api/v1/escalations' })).statusCode, 403);
    const read = await as(t, lead)({ method: 'GET', url: url(`/concerns/${concernId}`) });
    assert.equal(read.statusCode, 200, read.body);
    assert.match(read.json().concern.summary, /suicidal/);
    assert.ok(!read.body.includes('Robin'), 'the concern view carries the reference, not the name');
    for (const other of ['', '/record', '/session-notes', '/concerns']) {
      assert.equal((await as(t, lead)({ method: 'GET', url: url(other) })).statusCode, 404, `the lead does not get ${other || 'the client'} through an escalation`);
    }
  });

  test('the thread and the decision: lead asks, practitioner answers, lead decides; each side notified; closed afterwards', async () => {
    const ask = await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: 'Has a safety plan been discussed with the client?' } });
    assert.equal(ask.statusCode, 201, ask.body);
    assert.equal(ask.json().concern.messages[0].authorRole, 'lead');
    const q1 = await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    assert.equal(q1.json()[0].waitingOn, 'practitioner');
    const pn = await as(t, prac)({ method: 'GET', url: '/api/v1/notifications' });
    assert.ok(pn.json().some((n: { kind: string }) => n.kind === 'escalation-message'));
    assert.equal((await as(t, prac2)({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: 'Not mine.' } })).statusCode, 404);
    assert.equal((await as(t, prac)({ method: 'POST', url: `/api/v1/escalations/${concernId}/decision`, payload: { outcome: 'refer', reason: 'Practitioners cannot decide their own escalation.' } })).statusCode, 404);
    t.clock.advance(1000);
    const answer = await as(t, prac)({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: 'Yes, and the client agreed to see their GP this week.' } });
    assert.equal(answer.statusCode, 201);
    assert.deepEqual(answer.json().concern.messages.map((m: { authorRole: string }) => m.authorRole), ['lead', 'practitioner']);
    const noReason = await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/decision`, payload: { outcome: 'refer', reason: '' } });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].path, 'reason');
    const d = await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/decision`, payload: { outcome: 'refer', reason: 'Refer to the mental health team with the client’s agreement; review in a week.' } });
    assert.equal(d.statusCode, 200, d.body);
    assert.equal(d.json().concern.status, 'decided');
    assert.equal(d.json().concern.decision.outcome, 'refer');
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/decision`, payload: { outcome: 'refer', reason: 'Twice is not allowed here.' } })).statusCode, 409);
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/escalations/${concernId}/messages`, payload: { body: 'late' } })).statusCode, 409);
    const q2 = await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    assert.ok(!q2.json().some((i: { id: string }) => i.id === concernId), 'decided items leave the queue');
    const pn2 = await as(t, prac)({ method: 'GET', url: '/api/v1/notifications' });
    assert.ok(pn2.json().some((n: { kind: string }) => n.kind === 'escalation-decided'));
    const read = await as(t, prac)({ method: 'GET', url: url(`/concerns/${concernId}`) });
    assert.equal(read.json().concern.decision.reason.startsWith('Refer'), true);
  });

  test('audit: every step recorded, never content', async () => {
    await t.ctx.audit.drain();
    const rows = await t.ctx.store.db.selectFrom('audit_log').selectAll().execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['concern.raise', 'concern.choose', 'concern.escalate', 'concern.escalate.email', 'concern.read', 'escalation.queue', 'escalation.message', 'escalation.decide']) assert.ok(actions.has(a), a);
    const text = JSON.stringify(rows);
    for (const secret of ['Robin', 'suicidal', 'Quentin', 'safety plan', 'mental health team']) assert.ok(!text.includes(secret), secret);
  });

  test('a dead SMTP server loses nothing: the escalation is recorded, the failure logged without content', async () => {
    await sink.close();
    const r = await as(t, prac)({ method: 'POST', url: url('/concerns'), payload: { ...RISK, summary: 'The client described a plan for tonight and has the means at home.', imminence: 'imminent', severity: 'life-threatening' } });
    const id = r.json().concern.id;
    const e = await as(t, prac)({ method: 'POST', url: url(`/concerns/${id}/escalate`), payload: { urgency: 'immediate' } });
    assert.equal(e.statusCode, 200, e.body);
    await settleEscalationMail();
    const row = await t.ctx.store.db.selectFrom('concerns').select(['status', 'email_status']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'escalated', email_status: 'failed' });
    const logs = t.logs.join('\n');
    assert.match(logs, /escalation\.email\.failed/);
    assert.ok(!logs.includes('plan for tonight') && !logs.includes('Robin'));
    const q = await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    assert.equal(q.json()[0].id, id, 'immediate first');
  });
  test('erasure (crypto-shred) removes the client’s concerns and their threads with the rest of the record', async () => {
    const db = t.ctx.store.db;
    assert.ok((await db.selectFrom('concerns').select('id').where('client_id', '=', clientId).execute()).length > 0);
    assert.ok((await db.selectFrom('concern_messages').select('id').where('client_id', '=', clientId).execute()).length > 0);
    const dpo = await signIn(t, w.users.dpo!.email);
    const ref = (await db.selectFrom('clients').select('reference').where('id', '=', clientId).executeTakeFirstOrThrow()).reference;
    const r = await as(t, dpo)({ method: 'POST', url: url('/erase'), payload: { confirmReference: ref } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal((await db.selectFrom('concerns').select('id').where('client_id', '=', clientId).execute()).length, 0);
    assert.equal((await db.selectFrom('concern_messages').select('id').where('client_id', '=', clientId).execute()).length, 0);
    const q = await as(t, lead)({ method: 'GET', url: '/api/v1/escalations' });
    assert.ok(!q.json().some((x: { clientId?: string }) => x.clientId === clientId), 'gone from the queue');
  });
});
