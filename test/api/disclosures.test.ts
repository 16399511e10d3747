// Disclosures, the accounting of disclosures and the chronology (issue 7 items 5, 6, 8) through the API on both
// dialects: bad requests refused naming the field (no ground, removed directory entry, beyond the minimum
// without justification, 'not told' without a reason, a private note), the requester cannot approve their
// own (audited), an approval of a changed request is refused (audited) and a change after approval voids it,
// refusal with a reason, a recorded disclosure cannot be changed (no route; PUT refused) but takes
// annotations, the pack PDF holds only the approved fields (pdftotext), the accounting on the client page and
// in the subject-access export, the leads' queue, and the chronology with filters and a PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser, as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';

function pdfText(buf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'confidant-pdf-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), buf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GROUND = { kind: 'written', text: 'Prevent serious harm: a real risk to the client’s life; disclosure is necessary and proportionate (W v Egdell).' };
const RISK = 'Client reports suicidal thoughts and taking extra medication; no plan disclosed.';

forEachDialect('disclosures', (dialect) => {
  let t: TestApp;
  let w: World;
  let prac: Session;
  let prac2: Session;
  let lead: Session;
  let dual: Session;
  let dpo: Session;
  let admin: Session;
  let clientId: string;
  let sharedNoteId: string;
  let privateNoteId: string;
  let directoryId: string;
  let removedId: string;
  let disclosureId: string;

  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    await addUser(t, w.orgId, 'dual@example.test', ['practitioner', 'safeguarding-lead']);
    prac = await signIn(t, w.users.practitioner!.email);
    prac2 = await signIn(t, w.users.practitioner2!.email);
    lead = await signIn(t, w.users['safeguarding-lead']!.email);
    dual = await signIn(t, 'dual@example.test');
    dpo = await signIn(t, w.users.dpo!.email);
    admin = await signIn(t, w.users.admin!.email);
    const c = await as(t, prac)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Robin Testperson', dateOfBirth: '1990-04-01', phone: '07700 900123', email: 'robin@example.test' } });
    assert.equal(c.statusCode, 201, c.body);
    clientId = c.json().client.id;
    const n1 = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: 'Session: talked about work and the move to a new flat.' } });
    const n2 = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text: 'PRIVATE REFLECTION: my own feelings about this client.' } });
    sharedNoteId = n1.json().note.id;
    privateNoteId = n2.json().note.id;
    await t.ctx.store.db.updateTable('notes').set({ private: 1 }).where('id', '=', privateNoteId).execute();
    const d = await as(t, admin)({ method: 'POST', url: '/api/v1/directory', payload: { kind: 'mental-health', name: 'Crisis Team (fictional)', contact: '01632 960111' } });
    directoryId = d.json().entry.id;
    const g = await as(t, admin)({ method: 'POST', url: '/api/v1/directory', payload: { kind: 'helpline', name: 'Closed Service (fictional)' } });
    removedId = g.json().entry.id;
    await as(t, admin)({ method: 'DELETE', url: `/api/v1/directory/${removedId}` });
  });
  after(async () => t.close());

  const url = (s: string) => `/api/v1/clients/${clientId}${s}`;
  const good = () => ({
    ground: GROUND,
    recipient: { kind: 'directory', directoryId },
    fields: [{ key: 'client-name' }, { key: 'client-date-of-birth' }, { key: 'written', category: 'risk-summary', text: RISK }],
    justification: 'No concern verdict recorded yet; the crisis team needs to identify the client and understand the risk.',
    clientTold: 'after',
  });
  const problem = (r: { statusCode: number; json(): { errors?: { path: string }[] } }, status: number, path: string) => {
    assert.equal(r.statusCode, status);
    assert.ok(r.json().errors?.some((e) => e.path === path), `names ${path}: ${JSON.stringify(r.json())}`);
  };

  test('from a concern: the ground is one of the verdict’s citations; the verdict’s minimum necessary needs no justification', async () => {
    const c = await as(t, prac)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Kim Concernperson', phone: '07700 900555', jurisdiction: 'GB-ENG' } });
    const cid = c.json().client.id;
    const raised = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${cid}/concerns`, payload: { kind: 'general', profession: 'counselling', concern: 'risk-to-self', atRisk: 'the-client', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true, summary: 'The client spoke of suicidal thoughts and of extra tablets; asked that no one be told.' } });
    assert.equal(raised.statusCode, 201, raised.body);
    const concern = raised.json().concern;
    const opt = await as(t, prac)({ method: 'GET', url: `/api/v1/clients/${cid}/disclosure-options?concernId=${concern.id}` });
    assert.equal(opt.statusCode, 200, opt.body);
    const v = opt.json().concern;
    assert.equal(v.verdict, concern.verdict);
    assert.ok(v.minimumNecessary.includes('client-identity') && v.citations.length > 0, JSON.stringify(v));
    const base = { concernId: concern.id, ground: { kind: 'citation', source: v.citations[0].source }, recipient: { kind: 'directory', directoryId }, clientTold: 'before' };
    const inMin = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${cid}/disclosures`, payload: { ...base, fields: [{ key: 'client-name' }, { key: 'client-phone' }, { key: 'written', category: 'risk-summary', text: 'Suicidal thoughts; extra tablets at home.' }] } });
    assert.equal(inMin.statusCode, 201, inMin.body);
    assert.equal(inMin.json().disclosure.beyondMinimum, false);
    assert.equal(inMin.json().disclosure.approvalRequired, v.approvalRequired);
    assert.equal(inMin.json().disclosure.ground.source, v.citations[0].source);
    const n = await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${cid}/notes`, payload: { text: 'A note that is not in the minimum set.' } });
    problem(await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${cid}/disclosures`, payload: { ...base, fields: [{ key: 'client-name' }, { key: 'note', noteId: n.json().note.id }] } }), 400, 'justification');
    problem(await as(t, prac)({ method: 'POST', url: `/api/v1/clients/${cid}/disclosures`, payload: { ...base, concernId: '00000000-0000-0000-0000-000000000000', fields: [{ key: 'client-name' }] } }), 400, 'concernId');
    // A concern of another client cannot be used (no database FK: the service checks).
    problem(await as(t, prac)({ method: 'POST', url: url('/disclosures'), payload: { ...base, fields: [{ key: 'client-name' }] } }), 400, 'concernId');
    await t.ctx.store.db.deleteFrom('disclosure_annotations').execute();
    await t.ctx.store.db.deleteFrom('disclosures').execute();
  });

  test('bad requests are refused naming the field, and nothing is saved', async () => {
    const P = as(t, prac);
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), ground: null } }), 400, 'ground');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), ground: { kind: 'written', text: 'because' } } }), 400, 'ground.text');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), ground: { kind: 'citation', source: 'Made up Act' } } }), 400, 'ground.source');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), recipient: { kind: 'directory', directoryId: removedId } } }), 400, 'recipient.directoryId');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), justification: null } }), 400, 'justification');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), clientTold: 'not' } }), 400, 'clientToldReason');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), fields: [] } }), 400, 'fields');
    problem(await P({ method: 'POST', url: url('/disclosures'), payload: { ...good(), fields: [{ key: 'note', noteId: privateNoteId }] } }), 400, 'fields.0.noteId');
    const none = await t.ctx.store.db.selectFrom('disclosures').select('id').execute();
    assert.equal(none.length, 0);
    // Someone else's client: the vague 404.
    const other = await as(t, prac2)({ method: 'POST', url: url('/disclosures'), payload: good() });
    assert.equal(other.statusCode, 404);
  });

  test('a request without a verdict needs a second person; it shows in the leads’ queue without content', async () => {
    const r = await as(t, prac)({ method: 'POST', url: url('/disclosures'), payload: good() });
    assert.equal(r.statusCode, 201, r.body);
    const d = r.json().disclosure;
    disclosureId = d.id;
    assert.equal(d.status, 'pending');
    assert.equal(d.approvalRequired, true);
    assert.equal(d.recipient.name, 'Crisis Team (fictional)');
    assert.deepEqual(d.categories, ['client-identity', 'risk-summary']);
    assert.match(d.requestHash, /^[0-9a-f]{64}$/);
    const q = await as(t, lead)({ method: 'GET', url: '/api/v1/disclosures/pending' });
    assert.equal(q.statusCode, 200);
    assert.equal(q.json().length, 1);
    assert.ok(!q.body.includes('Robin') && !q.body.includes('suicidal'), 'no client content in the queue');
    assert.equal((await as(t, prac)({ method: 'GET', url: '/api/v1/disclosures/pending' })).statusCode, 403);
    // The leads are told in-app, by reference only.
    const notes = (await as(t, lead)({ method: 'GET', url: '/api/v1/notifications' })).json() as { kind: string; message: string; clientId: string | null }[];
    const n = notes.find((x) => x.kind === 'disclosure-approval');
    assert.ok(n && n.clientId === null && !n.message.includes('Robin'), JSON.stringify(notes));
    // Sealed at rest.
    const row = await t.ctx.store.db.selectFrom('disclosures').selectAll().where('id', '=', disclosureId).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes('Robin') && !JSON.stringify(row).includes('Crisis Team'), 'content sealed');
    // The practitioner cannot approve (not a lead): policy 404.
    assert.equal((await as(t, prac)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/approve`, payload: { requestHash: d.requestHash } })).statusCode, 404);
  });

  test('an approval of a changed request is refused and audited; a change after approval voids it', async () => {
    const seen = (await as(t, lead)({ method: 'GET', url: `/api/v1/disclosures/${disclosureId}` })).json().disclosure;
    const amended = await as(t, prac)({ method: 'PUT', url: `/api/v1/disclosures/${disclosureId}`, payload: { ...good(), fields: [...good().fields, { key: 'client-phone' }] } });
    assert.equal(amended.statusCode, 200, amended.body);
    assert.notEqual(amended.json().disclosure.requestHash, seen.requestHash);
    assert.equal(amended.json().disclosure.requestVersion, 2);
    const stale = await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/approve`, payload: { requestHash: seen.requestHash } });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.json().detail, /changed after you opened it/);
    // Approve the current version.
    const ok = await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/approve`, payload: { requestHash: amended.json().disclosure.requestHash } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().disclosure.status, 'ready');
    assert.equal(ok.json().disclosure.approvalValid, true);
    const told = (await as(t, prac)({ method: 'GET', url: '/api/v1/notifications' })).json() as { kind: string }[];
    assert.ok(told.some((x) => x.kind === 'disclosure-decided'), 'the requester is told of the approval');
    // The requester takes the phone number out again: a different request, so the approval no longer stands.
    const again = await as(t, prac)({ method: 'PUT', url: `/api/v1/disclosures/${disclosureId}`, payload: good() });
    assert.equal(again.json().disclosure.status, 'pending');
    assert.equal(again.json().disclosure.approvalValid, false);
    const rec = await as(t, prac)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/record`, payload: {} });
    assert.equal(rec.statusCode, 409);
    await t.ctx.audit.drain();
    const denied = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('target_id', '=', disclosureId).where('outcome', '=', 'denied').execute();
    assert.ok(denied.some((a) => a.action === 'disclosure.approve' && a.reason === 'stale-request'), 'stale approval audited');
    assert.ok(denied.some((a) => a.action === 'disclosure.record'), 'unapproved record audited');
  });

  test('the requester cannot approve their own request (audited), even holding the lead role', async () => {
    const c = await as(t, dual)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Sam Otherperson' } });
    const r = await as(t, dual)({ method: 'POST', url: `/api/v1/clients/${c.json().client.id}/disclosures`, payload: { ground: GROUND, recipient: { kind: 'named', name: 'Duty GP (fictional)' }, fields: [{ key: 'client-name' }], justification: 'The GP must know who the client is to act on the risk today.', clientTold: 'before' } });
    assert.equal(r.statusCode, 201, r.body);
    const d = r.json().disclosure;
    const own = await as(t, dual)({ method: 'POST', url: `/api/v1/disclosures/${d.id}/approve`, payload: { requestHash: d.requestHash } });
    assert.equal(own.statusCode, 403);
    assert.match(own.json().detail, /second person/);
    const ownRefuse = await as(t, dual)({ method: 'POST', url: `/api/v1/disclosures/${d.id}/refuse`, payload: { reason: 'I would like to refuse my own.' } });
    assert.equal(ownRefuse.statusCode, 403);
    await t.ctx.audit.drain();
    const a = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('target_id', '=', d.id).where('reason', '=', 'own-request').execute();
    assert.equal(a.length, 2);
    // A different lead refuses it with a reason; a refused request cannot be recorded.
    const refused = await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${d.id}/refuse`, payload: { reason: 'Talk with the client first; the risk is not immediate.' } });
    assert.equal(refused.statusCode, 200, refused.body);
    assert.equal(refused.json().disclosure.status, 'refused');
    assert.equal((await as(t, dual)({ method: 'POST', url: `/api/v1/disclosures/${d.id}/record`, payload: {} })).statusCode, 409);
    problem(await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/refuse`, payload: { reason: 'no' } }), 400, 'reason');
    // Erasing that client (crypto-shredding) deletes its sealed disclosure rows too.
    const erased = await as(t, dpo)({ method: 'POST', url: `/api/v1/clients/${c.json().client.id}/erase`, payload: { confirmReference: c.json().client.reference } });
    assert.equal(erased.statusCode, 200, erased.body);
    assert.equal((await t.ctx.store.db.selectFrom('disclosures').select('id').where('client_id', '=', c.json().client.id).execute()).length, 0);
    assert.equal((await as(t, lead)({ method: 'GET', url: `/api/v1/disclosures/${d.id}` })).statusCode, 404);
  });

  test('approved, recorded, then immutable: no edit route, PUT refused, annotations appended', async () => {
    const cur = (await as(t, lead)({ method: 'GET', url: `/api/v1/disclosures/${disclosureId}` })).json().disclosure;
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/approve`, payload: { requestHash: cur.requestHash } })).statusCode, 200);
    const rec = await as(t, prac)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/record`, payload: { disclosedAt: '2026-01-15T08:30:00Z' } });
    assert.equal(rec.statusCode, 200, rec.body);
    assert.equal(rec.json().disclosure.status, 'disclosed');
    const before = await t.ctx.store.db.selectFrom('disclosures').selectAll().where('id', '=', disclosureId).executeTakeFirstOrThrow();
    const put = await as(t, prac)({ method: 'PUT', url: `/api/v1/disclosures/${disclosureId}`, payload: { ...good(), fields: [{ key: 'client-name' }] } });
    assert.equal(put.statusCode, 409);
    for (const method of ['PATCH', 'DELETE']) assert.ok([404, 415].includes((await as(t, prac)({ method, url: `/api/v1/disclosures/${disclosureId}`, payload: {} })).statusCode), `${method} has no route`);
    assert.ok(!t.routes.some((r) => /disclosures\/:id$/.test(r.url) && [r.method].flat().some((m) => m === 'PATCH' || m === 'DELETE')), 'no edit or delete route');
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/approve`, payload: { requestHash: cur.requestHash } })).statusCode, 409);
    assert.equal((await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/refuse`, payload: { reason: 'Changed my mind entirely.' } })).statusCode, 409);
    assert.equal((await as(t, prac)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/record`, payload: {} })).statusCode, 409);
    const after = await t.ctx.store.db.selectFrom('disclosures').selectAll().where('id', '=', disclosureId).executeTakeFirstOrThrow();
    assert.deepEqual(after, before, 'the recorded row is unchanged');
    const a1 = await as(t, prac)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/annotations`, payload: { text: 'Crisis team confirmed receipt by phone.' } });
    assert.equal(a1.statusCode, 201, a1.body);
    t.clock.advance(1000);
    const a2 = await as(t, lead)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/annotations`, payload: { text: 'Reviewed at the safeguarding meeting.' } });
    assert.deepEqual(a2.json().disclosure.annotations.map((a: { text: string }) => a.text), ['Crisis team confirmed receipt by phone.', 'Reviewed at the safeguarding meeting.']);
    assert.equal((await as(t, prac2)({ method: 'POST', url: `/api/v1/disclosures/${disclosureId}/annotations`, payload: { text: 'not mine' } })).statusCode, 404);
  });

  test('the pack PDF holds only the approved fields: no phone, no notes, no private note', async () => {
    const r = await as(t, prac)({ method: 'GET', url: `/api/v1/disclosures/${disclosureId}/pack.pdf` });
    assert.equal(r.statusCode, 200, r.body.slice(0, 200));
    assert.equal(r.headers['content-type'], 'application/pdf');
    const text = pdfText(r.rawPayload);
    assert.match(text, /Robin Testperson/);
    assert.match(text, /1990-04-01/);
    assert.match(text, /suicidal thoughts/);
    assert.match(text, /Crisis Team \(fictional\)/);
    assert.match(text, /Approved by/);
    for (const absent of ['07700 900123', 'robin@example.test', 'new flat', 'PRIVATE REFLECTION']) assert.ok(!text.includes(absent), `pack must not contain ${absent}`);
    assert.equal((await as(t, prac2)({ method: 'GET', url: `/api/v1/disclosures/${disclosureId}/pack.pdf` })).statusCode, 404);
  });

  test('accounting: the client page list and the subject-access export (JSON and PDF)', async () => {
    const l = await as(t, prac)({ method: 'GET', url: url('/disclosures') });
    assert.equal(l.statusCode, 200);
    const e = l.json()[0];
    assert.equal(e.recipient, 'Crisis Team (fictional)');
    assert.equal(e.disclosedAt, '2026-01-15T08:30:00.000Z');
    assert.deepEqual(e.categories, ['client-identity', 'risk-summary']);
    assert.equal(e.requestedBy, 'practitioner');
    assert.equal(e.approvedBy, 'safeguarding-lead');
    assert.match(e.ground, /Prevent serious harm/);
    const x = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-14' } });
    assert.equal(x.statusCode, 200, x.body);
    assert.equal(x.json().disclosures.length, 1);
    assert.equal(x.json().disclosures[0].recipient, 'Crisis Team (fictional)');
    const pdf = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-14', format: 'pdf' } });
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /Disclosures: what we shared about you/);
    assert.match(text, /Crisis Team \(fictional\)/);
  });

  test('chronology: events in order, filter by kind and dates, bad filters named, printable PDF', async () => {
    const ref = await as(t, prac)({ method: 'POST', url: url('/referrals'), payload: { kind: 'signposting', recipientName: 'Samaritans (fictional)', reason: 'Support line for the evenings.' } });
    assert.equal(ref.statusCode, 201, ref.body);
    const all = await as(t, prac)({ method: 'GET', url: url('/chronology') });
    assert.equal(all.statusCode, 200, all.body);
    const ev = all.json().events as { at: string; kind: string; title: string }[];
    assert.ok(ev.some((e) => e.title === 'Information disclosed to Crisis Team (fictional)'));
    assert.ok(ev.some((e) => e.kind === 'referral' && /Samaritans/.test(e.title)));
    assert.deepEqual(ev.map((e) => e.at), [...ev.map((e) => e.at)].sort(), 'in date order');
    const only = await as(t, prac)({ method: 'GET', url: url('/chronology?kind=referral') });
    assert.deepEqual(only.json().events.map((e: { kind: string }) => e.kind), ['referral']);
    const range = await as(t, prac)({ method: 'GET', url: url('/chronology?kind=disclosure&from=2026-01-15&to=2026-01-15') });
    assert.ok(range.json().events.length >= 2);
    assert.equal((await as(t, prac)({ method: 'GET', url: url('/chronology?from=2027-01-01') })).json().events.length, 0);
    problem(await as(t, prac)({ method: 'GET', url: url('/chronology?kind=gossip') }), 400, 'kind');
    problem(await as(t, prac)({ method: 'GET', url: url('/chronology?from=2026-02-01&to=2026-01-01') }), 400, 'to');
    const pdf = await as(t, prac)({ method: 'GET', url: url('/chronology.pdf?kind=disclosure') });
    assert.equal(pdf.statusCode, 200);
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /Chronology of significant events/);
    assert.match(text, /Information disclosed to Crisis Team/);
    assert.ok(!text.includes('Samaritans'), 'filter applies to the PDF');
    assert.equal((await as(t, prac2)({ method: 'GET', url: url('/chronology') })).statusCode, 404);
    assert.equal((await as(t, lead)({ method: 'GET', url: url('/chronology') })).statusCode, 404, 'a lead without break-glass does not read the record');
  });
});
