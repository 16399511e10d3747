// The confidential case record (issue 6) through the API on both dialects: engagements (P6), statements
// (versioned), the agreement with comprehension check and the P3 note gate, yearly review, notes with
// versions and optimistic concurrency, private notes and third parties, consents (FHIR-validated),
// directory and referrals, conflicts, ending (K1), the client page summary and caseload flags, and the
// DPO's subject-access export, retention, legal hold and erasure. Bad input answers clearly, saves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';
import { validateFhir } from '../support/fhir.js';
import { erasedClientIds } from '../../src/store/erasure-ledger.js';

const STATEMENT = 'What you tell me stays between us. There are a few times I must share: if you or someone else is at serious risk of harm, or if the law makes me. I will tell you first if I can.';

forEachDialect('case record', (dialect) => {
  let t: TestApp;
  let w: World;
  let prac: Session;
  let prac2: Session;
  let admin: Session;
  let dpo: Session;
  let clientId: string;
  let engagementId: string;
  let statementId: string;
  let directoryId: string;

  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    prac = await signIn(t, w.users.practitioner!.email);
    prac2 = await signIn(t, w.users.practitioner2!.email);
    admin = await signIn(t, w.users.admin!.email);
    dpo = await signIn(t, w.users.dpo!.email);
  });
  after(async () => t.close());

  const P = () => as(t, prac);
  /** Moves the clock on (sessions expire meanwhile, so everyone signs in again). */
  async function jump(days: number): Promise<void> {
    t.clock.advance(days * 86_400_000);
    prac = await signIn(t, w.users.practitioner!.email);
    prac2 = await signIn(t, w.users.practitioner2!.email);
    admin = await signIn(t, w.users.admin!.email);
    dpo = await signIn(t, w.users.dpo!.email);
  }
  const url = (s: string) => `/api/v1/clients/${clientId}${s}`;

  test('admins keep versioned statements with a reading-level hint', async () => {
    const r1 = await as(t, admin)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'careers-guidance', title: 'Confidentiality in careers guidance', body: STATEMENT } });
    assert.equal(r1.statusCode, 201, r1.body);
    assert.equal(r1.json().statement.version, 1);
    assert.ok(r1.json().statement.readingEase.score > 50, 'plain language');
    assert.equal(r1.json().statement.questions.length, 3, 'default comprehension questions');
    const r2 = await as(t, admin)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'careers-guidance', title: 'Confidentiality in careers guidance', body: STATEMENT + ' I keep notes safely.', questions: ['When would I have to break confidentiality?', 'What would it look like if I had to report something?'] } });
    assert.equal(r2.json().statement.version, 2);
    statementId = r2.json().statement.id;
    const list = await P()({ method: 'GET', url: '/api/v1/statements' });
    assert.deepEqual(list.json().map((s: { version: number; latest: boolean }) => [s.version, s.latest]), [[2, true], [1, false]]);
    const bad = await as(t, prac)({ method: 'POST', url: '/api/v1/statements', payload: { service: 'x-y', title: 'Nope', body: STATEMENT } });
    assert.equal(bad.statusCode, 403);
  });

  test('directory: admins add, edit and remove entries (removed entries stay for history)', async () => {
    const r = await as(t, admin)({ method: 'POST', url: '/api/v1/directory', payload: { kind: 'mental-health', name: 'Riverside Talking Therapies (fictional)', contact: '01632 960000' } });
    assert.equal(r.statusCode, 201, r.body);
    directoryId = r.json().entry.id;
    const gone = await as(t, admin)({ method: 'POST', url: '/api/v1/directory', payload: { kind: 'helpline', name: 'Old Helpline (fictional)' } });
    const e = await as(t, admin)({ method: 'PATCH', url: `/api/v1/directory/${gone.json().entry.id}`, payload: { description: 'closed' } });
    assert.equal(e.statusCode, 200);
    assert.equal((await as(t, admin)({ method: 'DELETE', url: `/api/v1/directory/${gone.json().entry.id}` })).statusCode, 204);
    const list = await P()({ method: 'GET', url: '/api/v1/directory' });
    assert.deepEqual(list.json().map((x: { name: string }) => x.name), ['Riverside Talking Therapies (fictional)']);
    const all = await P()({ method: 'GET', url: '/api/v1/directory?all=true' });
    assert.equal(all.json().length, 2);
    (globalThis as Record<string, unknown>).__removed = gone.json().entry.id;
  });

  test('a client, an engagement commissioned by an employer (P6), and the note gate (P3)', async () => {
    const c = await P()({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Robin Example', preferredName: 'Rob', dateOfBirth: '1990-02-03', language: 'en', jurisdiction: 'GB-ENG' } });
    clientId = c.json().client.id;
    const noTold = await P()({ method: 'POST', url: url('/engagements'), payload: { service: 'careers-guidance', commissioning: { organisation: 'Acme Widgets (fictional)', toldAboutRole: '' } } });
    assert.equal(noTold.statusCode, 400);
    assert.equal(noTold.json().errors[0].path, 'commissioning.toldAboutRole');
    const future = await P()({ method: 'POST', url: url('/engagements'), payload: { service: 'careers-guidance', openedAt: '2030-01-01' } });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().errors[0].message, /future/);
    const e = await P()({ method: 'POST', url: url('/engagements'), payload: { service: 'careers-guidance', commissioning: { organisation: 'Acme Widgets (fictional)', toldAboutRole: 'Told HR that sessions are confidential; they hear attendance only, with consent.' } } });
    assert.equal(e.statusCode, 201, e.body);
    engagementId = e.json().engagement.id;
    assert.equal(e.json().engagement.commissioning.organisation, 'Acme Widgets (fictional)');
    const flags = await P()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(flags.json().find((x: { id: string }) => x.id === clientId).flags, ['agreement-missing']);
    // The P3 gate: no first note before the explanation, on either note route.
    const n = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'First session.', sessionDate: '2026-01-15', mode: 'in-person', durationMinutes: 50 } });
    assert.equal(n.statusCode, 409);
    assert.match(n.json().detail, /limits of confidentiality were explained/);
    const legacy = await P()({ method: 'POST', url: url('/notes'), payload: { text: 'sneaky' } });
    assert.equal(legacy.statusCode, 409);
    const count = await t.ctx.store.db.selectFrom('notes').select('id').where('client_id', '=', clientId).execute();
    assert.equal(count.length, 0, 'nothing half-saved');
  });

  test('bad input: dates in the future where they cannot be are refused with the field named, and nothing is saved', async () => {
    const cases: [string, string, object, string][] = [
      ['PUT', url(`/engagements/${engagementId}/agreement`), { statementId, explainedAt: '2099-01-15T09:00:00Z', method: 'in-person', acknowledgement: { kind: 'typed-name', name: 'Robin Example' }, comprehension: [{ question: 'When would I have to break confidentiality?', answer: 'If someone is in danger', understood: true }] }, 'explainedAt'],
      ['POST', url('/consents'), { categories: ['attendance'], recipient: { kind: 'named', name: 'Acme HR (fictional)' }, purpose: 'Attendance for the employer', method: 'written', givenAt: '2099-02-01', risksExplained: true }, 'givenAt'],
      ['POST', url(`/engagements/${engagementId}/close`), { reason: 'goals-met', summary: 'Closing in the future by mistake.', closedAt: '2099-01-01' }, 'closedAt'],
      ['POST', url('/engagements'), { service: 'careers-guidance', commissioning: { organisation: 'Acme Widgets (fictional)', toldAboutRole: 'Told HR that sessions are confidential.', toldAt: '2099-01-01' } }, 'commissioning.toldAt'],
      ['POST', url('/conflicts'), { description: 'Client’s manager is my neighbour.', action: 'Told the client.', declaredAt: '2099-01-01' }, 'declaredAt'],
    ];
    for (const [method, u, payload, path] of cases) {
      const r = await P()({ method, url: u, payload });
      assert.equal(r.statusCode, 400, `${method} ${u}: ${r.body}`);
      assert.ok(r.json().errors.some((e: { path: string; message: string }) => e.path === path && /future/.test(e.message)), `${path}: ${r.body}`);
    }
    const db = t.ctx.store.db;
    assert.equal((await db.selectFrom('agreements').select('id').where('engagement_id', '=', engagementId).execute()).length, 0, 'no agreement saved');
    assert.equal((await db.selectFrom('consents').select('id').where('client_id', '=', clientId).execute()).length, 0, 'no consent saved');
    assert.equal((await db.selectFrom('engagements').select('status').where('id', '=', engagementId).executeTakeFirstOrThrow()).status, 'open', 'not closed');
    assert.equal((await db.selectFrom('engagements').select('id').where('client_id', '=', clientId).execute()).length, 1, 'no second engagement');
    assert.equal((await db.selectFrom('conflicts_of_interest').select('id').where('client_id', '=', clientId).execute()).length, 0, 'no conflict saved');
  });

  test('not ready: the note can be saved with a warning and the agreement shows incomplete', async () => {
    const bad = await P()({ method: 'PUT', url: url(`/engagements/${engagementId}/agreement`), payload: { statementId, explainedAt: '2026-01-15T09:00:00Z', method: 'in-person', comprehension: [] } });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().errors.some((e: { path: string }) => e.path === 'acknowledgement'));
    const r = await P()({ method: 'PUT', url: url(`/engagements/${engagementId}/agreement`), payload: { statementId, explainedAt: '2026-01-15T08:30:00Z', method: 'in-person', comprehension: [], notReady: { reason: 'Client was upset and asked to come back to it next time.' } } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().agreement.state, 'incomplete');
    const n = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'First session; we talked about next steps at work.', sessionDate: '2026-01-15', mode: 'in-person', durationMinutes: 50 } });
    assert.equal(n.statusCode, 201, n.body);
    assert.match(n.json().warning, /incomplete/);
    const flags = await P()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(flags.json().find((x: { id: string }) => x.id === clientId).flags, ['agreement-incomplete']);
  });

  test('the agreement with comprehension check, a printable copy, and the yearly review', async () => {
    const r = await P()({
      method: 'PUT',
      url: url(`/engagements/${engagementId}/agreement`),
      payload: {
        statementId,
        explainedAt: '2026-01-15T08:45:00Z',
        method: 'in-person',
        acknowledgement: { kind: 'typed-name', name: 'Robin Example' },
        comprehension: [
          { question: 'When would I have to break confidentiality?', answer: 'If someone is in danger', understood: true },
          { question: 'What would it look like if I had to report something?', answer: 'You would tell me first', understood: true },
        ],
        clientQuestions: 'Does my manager see my notes? (No.)',
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().agreement.state, 'complete');
    assert.equal(r.json().agreement.statementVersion, 2);
    assert.equal(r.json().agreement.reviewDueAt.slice(0, 10), '2027-01-15');
    const pdf = await P()({ method: 'GET', url: url(`/engagements/${engagementId}/agreement.pdf`) });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'a.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-']).toString();
    rmSync(dir, { recursive: true, force: true });
    assert.match(text, /What you tell me stays between us/);
    assert.match(text, /When would I have to break confidentiality/);
    // Review: in the future → refused; without revisiting mandatory reporting → refused.
    const fut = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/agreement/reviews`), payload: { reviewedAt: '2030-01-01', changes: 'nothing', mandatoryReportingRevisited: true } });
    assert.equal(fut.statusCode, 400);
    const noMr = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/agreement/reviews`), payload: { reviewedAt: '2026-01-15T09:00:00Z', changes: 'nothing', mandatoryReportingRevisited: false } });
    assert.equal(noMr.statusCode, 400);
    assert.equal(noMr.json().errors[0].path, 'mandatoryReportingRevisited');
    // Eleven and a half months on, the review is due; the caseload says so.
    await jump(350);
    let flags = await P()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(flags.json().find((x: { id: string }) => x.id === clientId).flags, ['agreement-review-due']);
    await jump(30);
    flags = await P()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(flags.json().find((x: { id: string }) => x.id === clientId).flags, ['agreement-overdue']);
    const ok = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/agreement/reviews`), payload: { reviewedAt: t.clock.now().toISOString(), changes: 'New job; same limits.', mandatoryReportingRevisited: true } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().agreement.state, 'complete');
    flags = await P()({ method: 'GET', url: '/api/v1/clients' });
    assert.deepEqual(flags.json().find((x: { id: string }) => x.id === clientId).flags, []);
  });

  let noteId: string;
  let partyId: string;
  test('notes: third parties, private notes, versions, and a second editor gets a clear 409', async () => {
    const tp = await P()({ method: 'POST', url: url('/third-parties'), payload: { name: 'Jordan Smithers', relationship: 'colleague' } });
    assert.equal(tp.statusCode, 201, tp.body);
    partyId = tp.json().thirdParty.id;
    const badTag = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'x', sessionDate: '2026-01-20', mode: 'phone', thirdPartyIds: ['00000000-0000-0000-0000-000000000000'] } });
    assert.equal(badTag.statusCode, 400);
    const fut = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'x', sessionDate: '2099-01-20', mode: 'phone' } });
    assert.equal(fut.statusCode, 400);
    assert.equal(fut.json().errors[0].path, 'sessionDate');
    const n = await P()({
      method: 'POST',
      url: url(`/engagements/${engagementId}/notes`),
      payload: { text: 'Talked about Jordan Smithers at work. Robin said they sometimes feel like ending it all.', sessionDate: '2026-02-01', mode: 'video', durationMinutes: 45, structure: { goals: ['Plan a conversation with the manager'], actions: ['Draft an email'] }, thirdPartyIds: [partyId] },
    });
    assert.equal(n.statusCode, 201, n.body);
    noteId = n.json().note.id;
    assert.equal(n.json().warning, null);
    assert.ok(n.json().riskPrompts.length >= 1, 'risk prompt returned (never blocks)');
    const priv = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'My own reflection: I felt protective; take to supervision.', sessionDate: '2026-02-01', mode: 'other', private: true } });
    assert.equal(priv.json().note.private, true);
    // Two editors start from version 1; the first wins, the second gets 409 and nothing is lost.
    const e1 = await P()({ method: 'PUT', url: url(`/notes/${noteId}`), payload: { text: 'Edited by the first editor.', version: 1 } });
    assert.equal(e1.statusCode, 200, e1.body);
    assert.equal(e1.json().note.version, 2);
    const e2 = await P()({ method: 'PUT', url: url(`/notes/${noteId}`), payload: { text: 'Edited by the second editor.', version: 1 } });
    assert.equal(e2.statusCode, 409);
    assert.match(e2.json().detail, /not saved and nothing was overwritten/);
    const v = await P()({ method: 'GET', url: url(`/notes/${noteId}/versions`) });
    assert.deepEqual(v.json().map((x: { version: number; text: string }) => x.version), [2, 1]);
    assert.match(v.json()[1].text, /Jordan Smithers/);
    const author = await t.ctx.store.db.selectFrom('users').select('display_name').where('id', '=', w.users.practitioner!.id).executeTakeFirstOrThrow();
    assert.deepEqual(v.json().map((x: { authorName: string }) => x.authorName), [author.display_name, author.display_name], 'who saved each version');
    // Concurrent edits: exactly one of the two wins.
    const both = await Promise.all([
      P()({ method: 'PUT', url: url(`/notes/${noteId}`), payload: { text: 'A', version: 2 } }),
      P()({ method: 'PUT', url: url(`/notes/${noteId}`), payload: { text: 'B', version: 2 } }),
    ]);
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [200, 409]);
    // Nothing identifying in plain columns.
    const rows = await t.ctx.store.db.selectFrom('third_parties').selectAll().execute();
    assert.ok(!JSON.stringify(rows).includes('Jordan'));
    const notes = await t.ctx.store.db.selectFrom('note_versions').selectAll().execute();
    assert.ok(!JSON.stringify(notes).includes('Jordan'));
  });

  test('notes list: paged newest first with limit and cursor (only that page opened); without limit, every note as before', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: `Paged note ${i}.`, sessionDate: '2026-02-02', mode: 'phone' } });
      assert.equal(r.statusCode, 201, r.body);
    }
    const all = await P()({ method: 'GET', url: url('/session-notes') });
    assert.equal(all.statusCode, 200, all.body);
    assert.equal(all.json().length, 8, 'backwards compatible: every note');
    const ids = all.json().map((n: { id: string }) => n.id);
    const seen: string[] = [];
    let cursor = '';
    for (let page = 0; page < 5; page++) {
      const r = await P()({ method: 'GET', url: url(`/session-notes?limit=3${cursor ? `&cursor=${cursor}` : ''}`) });
      assert.equal(r.statusCode, 200, r.body);
      const got = r.json().map((n: { id: string }) => n.id);
      assert.ok(got.length <= 3);
      seen.push(...got);
      if (got.length < 3) break;
      cursor = got.at(-1);
    }
    assert.deepEqual(seen, ids, 'pages in order, nothing skipped or repeated');
    const rec = await P()({ method: 'GET', url: url('/record') });
    assert.deepEqual(rec.json().notes.map((n: { id: string }) => n.id), ids.slice(0, 20), 'the client page shows the first page of the same order');
    const bad = await P()({ method: 'GET', url: url('/session-notes?limit=3&cursor=00000000-0000-0000-0000-000000000000') });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].path, 'cursor');
    assert.equal((await P()({ method: 'GET', url: url('/session-notes?limit=0') })).statusCode, 400);
    assert.equal((await P()({ method: 'GET', url: url('/session-notes?limit=abc') })).statusCode, 400);
    assert.equal((await as(t, prac2)({ method: 'GET', url: url('/session-notes?limit=3') })).statusCode, 404);
    // Only the page asked for is opened.
    const opened = { n: 0 };
    const open = t.ctx.keyring.openForClient.bind(t.ctx.keyring);
    t.ctx.keyring.openForClient = (async (...a: Parameters<typeof open>) => {
      opened.n++;
      return open(...a);
    }) as typeof open;
    try {
      await P()({ method: 'GET', url: url('/session-notes?limit=2') });
    } finally {
      t.ctx.keyring.openForClient = open;
    }
    assert.ok(opened.n <= 4, `opened ${opened.n} envelopes for 2 notes (text + metadata each)`);
  });

  let consentId: string;
  test('consents: given, listed, FHIR-valid, withdrawn (history kept); bad dates refused', async () => {
    const bad = await P()({ method: 'POST', url: url('/consents'), payload: { categories: ['attendance'], recipient: { kind: 'named', name: 'Acme HR' }, purpose: 'Attendance for the employer', method: 'written', givenAt: '2026-02-01', expiresAt: '2026-01-01', risksExplained: true } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].path, 'expiresAt');
    const removed = await P()({ method: 'POST', url: url('/consents'), payload: { categories: ['attendance'], recipient: { kind: 'directory', directoryId: (globalThis as unknown as Record<string, string>).__removed }, purpose: 'Attendance for the employer', method: 'written', givenAt: '2026-02-01', risksExplained: true } });
    assert.equal(removed.statusCode, 400);
    assert.match(removed.json().detail, /removed from the directory/);
    const c = await P()({ method: 'POST', url: url('/consents'), payload: { categories: ['referral-information', 'session-summary'], recipient: { kind: 'directory', directoryId }, purpose: 'Referral for talking therapy', method: 'written', givenAt: '2026-02-01', expiresAt: '2027-06-01', risksExplained: true } });
    assert.equal(c.statusCode, 201, c.body);
    consentId = c.json().consent.id;
    assert.equal(c.json().consent.status, 'active');
    assert.equal(c.json().consent.recipient.name, 'Riverside Talking Therapies (fictional)');
    const f = await P()({ method: 'GET', url: url(`/consents/${consentId}/fhir`) });
    assert.equal(f.statusCode, 200);
    assert.equal(f.json().resourceType, 'Consent');
    assert.deepEqual(validateFhir(f.json()), []);
    const c2 = await P()({ method: 'POST', url: url('/consents'), payload: { categories: ['attendance'], recipient: { kind: 'named', name: 'Acme HR (fictional)' }, purpose: 'Attendance for the employer', method: 'verbal', givenAt: '2026-02-01', risksExplained: true } });
    const wFut = await P()({ method: 'POST', url: url(`/consents/${c2.json().consent.id}/withdraw`), payload: { withdrawnAt: '2099-01-01' } });
    assert.equal(wFut.statusCode, 400);
    const w1 = await P()({ method: 'POST', url: url(`/consents/${c2.json().consent.id}/withdraw`), payload: { note: 'Client changed their mind.' } });
    assert.equal(w1.statusCode, 200, w1.body);
    assert.equal(w1.json().consent.status, 'withdrawn');
    const w2 = await P()({ method: 'POST', url: url(`/consents/${c2.json().consent.id}/withdraw`), payload: {} });
    assert.equal(w2.statusCode, 409);
    const fw = await P()({ method: 'GET', url: url(`/consents/${c2.json().consent.id}/fhir`) });
    assert.equal(fw.json().status, 'inactive');
    assert.deepEqual(validateFhir(fw.json()), []);
    const list = await P()({ method: 'GET', url: url('/consents') });
    assert.deepEqual(list.json().map((x: { status: string }) => x.status).sort(), ['active', 'withdrawn']);
    (globalThis as unknown as Record<string, string>).__withdrawn = c2.json().consent.id;
  });

  test('referrals and signposting: consent needed, removed entries refused, alternatives offered (I1); conflicts (I3)', async () => {
    const noConsent = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'referral', directoryId, reason: 'Low mood; wants talking therapy.' } });
    assert.equal(noConsent.statusCode, 400);
    assert.equal(noConsent.json().errors[0].path, 'consentId');
    const withdrawn = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'referral', directoryId, reason: 'Low mood; wants talking therapy.', consentId: (globalThis as unknown as Record<string, string>).__withdrawn } });
    assert.equal(withdrawn.statusCode, 400);
    const removed = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'signposting', directoryId: (globalThis as unknown as Record<string, string>).__removed, reason: 'Out-of-hours support.' } });
    assert.equal(removed.statusCode, 400);
    assert.match(removed.json().detail, /removed/);
    const interest = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'signposting', recipientName: 'Our own training course', reason: 'Wants to retrain.', organisationInterest: true } });
    assert.equal(interest.statusCode, 400);
    assert.equal(interest.json().errors[0].path, 'alternativesOffered');
    const ok = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'referral', engagementId, directoryId, reason: 'Low mood; wants talking therapy.', consentId, outcome: 'Accepted onto waiting list' } });
    assert.equal(ok.statusCode, 201, ok.body);
    const sp = await P()({ method: 'POST', url: url('/referrals'), payload: { kind: 'signposting', recipientName: 'Our own training course', reason: 'Wants to retrain.', organisationInterest: true, alternativesOffered: 'Told about the college and the national careers service.' } });
    assert.equal(sp.statusCode, 201, sp.body);
    const coi = await P()({ method: 'POST', url: url('/conflicts'), payload: { engagementId, description: 'Client’s manager is my neighbour.', action: 'Told the client; they chose to continue with me.' } });
    assert.equal(coi.statusCode, 201, coi.body);
    const coiFuture = await P()({ method: 'POST', url: url('/conflicts'), payload: { description: 'Later conflict.', action: 'Told the client.', declaredAt: '2099-01-01' } });
    assert.equal(coiFuture.statusCode, 400);
    assert.equal(coiFuture.json().errors[0].path, 'declaredAt');
    referralId = ok.json().referral.id;
    assert.deepEqual(ok.json().referral.outcomeHistory.map((o: { outcome: string }) => o.outcome), ['Accepted onto waiting list']);
  });

  let referralId: string;
  test('referral outcome updated after it was recorded: a new state in its history, audited; bad input refused, nothing saved', async () => {
    const o = (payload: object, id = referralId, who = prac) => as(t, who)({ method: 'POST', url: url(`/referrals/${id}/outcomes`), payload });
    const future = await o({ outcome: 'First appointment attended', at: '2099-03-01' });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().errors[0].path, 'at');
    assert.match(future.json().errors[0].message, /future/);
    const before = await o({ outcome: 'First appointment attended', at: '2000-01-01' });
    assert.equal(before.statusCode, 400);
    assert.match(before.json().errors[0].message, /before the referral/);
    const empty = await o({ outcome: ' ' });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().errors[0].path, 'outcome');
    assert.equal((await o({ outcome: 'Attended' }, '00000000-0000-0000-0000-000000000000')).statusCode, 404);
    assert.equal((await o({ outcome: 'Attended' }, referralId, prac2)).statusCode, 404, 'another practitioner: the vague 404');
    const r = await o({ outcome: 'First appointment attended' });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().referral.outcome, 'First appointment attended');
    assert.deepEqual(r.json().referral.outcomeHistory.map((x: { outcome: string }) => x.outcome), ['Accepted onto waiting list', 'First appointment attended']);
    // Two updates at once: both kept (compare-and-set retried by the loser is a 409, never a lost entry).
    const both = await Promise.all([o({ outcome: 'Second appointment booked' }), o({ outcome: 'Second appointment moved' })]);
    const okCount = both.filter((x) => x.statusCode === 201).length;
    assert.ok(okCount >= 1 && both.every((x) => x.statusCode === 201 || x.statusCode === 409), both.map((x) => x.body).join());
    const rec = await P()({ method: 'GET', url: url('/record') });
    const ref = rec.json().referrals.find((x: { id: string }) => x.id === referralId);
    assert.equal(ref.outcomeHistory.length, 2 + okCount, 'no outcome lost or overwritten');
    await t.ctx.audit.drain();
    const audit = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'referral.outcome').execute();
    assert.equal(audit.length, 1 + okCount, 'each update audited');
    assert.ok(!JSON.stringify(audit).includes('appointment'), 'no content in the audit log');
    const row = await t.ctx.store.db.selectFrom('referrals').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow();
    assert.ok(!row.data_enc.includes('appointment'), 'sealed');
  });

  test('the client page summary: agreement state, consents, latest notes, referrals, third parties', async () => {
    const r = await P()({ method: 'GET', url: url('/record') });
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.equal(b.engagements[0].agreement.state, 'complete');
    assert.equal(b.engagements[0].agreement.reviews, 1);
    assert.equal(b.noteCount, 8);
    assert.equal(b.referrals.length, 2);
    assert.equal(b.thirdParties[0].name, 'Jordan Smithers');
    assert.equal(b.conflicts.length, 1);
    const other = await as(t, prac2)({ method: 'GET', url: url('/record') });
    assert.equal(other.statusCode, 404);
    const adminRead = await as(t, admin)({ method: 'GET', url: url('/record') });
    assert.equal(adminRead.statusCode, 404);
  });

  test('ending (K1): a code-of-conduct ending must record that confidentiality was not broken; no notes afterwards', async () => {
    const bad = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/close`), payload: { reason: 'code-of-conduct', summary: 'Client planned to take confidential files to a competitor.' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].path, 'confidentialityNotBroken');
    const ok = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/close`), payload: { reason: 'code-of-conduct', summary: 'Client planned to take confidential files to a competitor.', confidentialityNotBroken: true } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().engagement.closing.confidentialityNotBroken, true);
    const again = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/close`), payload: { reason: 'other', summary: 'Closing it twice by mistake.' } });
    assert.equal(again.statusCode, 409);
    const note = await P()({ method: 'POST', url: url(`/engagements/${engagementId}/notes`), payload: { text: 'late note', sessionDate: '2026-02-02', mode: 'phone' } });
    assert.equal(note.statusCode, 409);
    assert.match(note.json().detail, /closed/);
    const edit = await P()({ method: 'PUT', url: url(`/notes/${noteId}`), payload: { text: 'late edit', version: 3 } });
    assert.equal(edit.statusCode, 409);
  });

  test('DPO: subject-access export (JSON + PDF) withholds private notes and third parties, and says why', async () => {
    const denied = await P()({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-10' } });
    assert.equal(denied.statusCode, 404);
    const fut = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2099-01-10' } });
    assert.equal(fut.statusCode, 400);
    const x = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-10' } });
    assert.equal(x.statusCode, 200, x.body);
    const body = x.json();
    assert.equal(body.client.name, 'Robin Example');
    assert.equal(body.notes.length, 7, 'the private process note is withheld');
    assert.ok(!x.body.includes('Jordan Smithers') && !x.body.includes('Smithers'), 'third party redacted');
    assert.ok(!x.body.includes('My own reflection'));
    assert.deepEqual(body.withheld.map((w: { what: string; count: number }) => [w.what, w.count]), [['private process notes', 1], ['names and details of third parties', 1]]);
    const pdf = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-10', format: 'pdf' } });
    assert.equal(pdf.statusCode, 200);
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'x.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'x.pdf'), '-']).toString();
    rmSync(dir, { recursive: true, force: true });
    assert.match(text, /What was withheld, and why/);
    assert.match(text, /private process notes \(1\)/);
    assert.ok(!text.includes('Smithers'));
  });

  test('subject-access export lists each referral with its whole outcome history (JSON and PDF)', async () => {
    const x = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-10' } });
    assert.equal(x.statusCode, 200, x.body);
    const ref = x.json().referrals.find((r: { id: string }) => r.id === referralId);
    const history = ref.outcomeHistory.map((h: { outcome: string }) => h.outcome);
    assert.ok(history.length >= 2, JSON.stringify(history));
    assert.deepEqual(history.slice(0, 2), ['Accepted onto waiting list', 'First appointment attended'], 'oldest first, nothing dropped');
    assert.equal(ref.outcome, history.at(-1), 'the latest outcome is the last entry');
    assert.ok(ref.outcomeHistory.every((h: object) => !('recordedBy' in h)), 'no staff ids in the export');
    const pdf = await as(t, dpo)({ method: 'POST', url: url('/subject-access'), payload: { requestReceivedAt: '2026-01-10', format: 'pdf' } });
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'x.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', [join(dir, 'x.pdf'), '-']).toString();
    rmSync(dir, { recursive: true, force: true });
    assert.match(text, /outcome: Accepted onto waiting list/);
    assert.match(text, /outcome: First appointment attended/);
  });

  test('DPO: retention lists records past their schedule; legal hold blocks erasure; erasure crypto-shreds', async () => {
    const set = await as(t, dpo)({ method: 'PUT', url: '/api/v1/retention/careers-guidance', payload: { months: 12 } });
    assert.equal(set.statusCode, 200, set.body);
    let due = await as(t, dpo)({ method: 'GET', url: '/api/v1/retention/due' });
    assert.equal(due.json().length, 0, 'not yet past retention');
    await jump(400);
    due = await as(t, dpo)({ method: 'GET', url: '/api/v1/retention/due' });
    assert.deepEqual(due.json().map((d: { clientId: string }) => d.clientId), [clientId]);
    assert.ok(!due.body.includes('Robin'), 'no names in the retention review');
    const list = await as(t, dpo)({ method: 'GET', url: '/api/v1/retention' });
    assert.deepEqual(list.json(), [{ service: 'careers-guidance', months: 12, engagements: 1 }]);
    const ref = (await t.ctx.store.db.selectFrom('clients').select('reference').where('id', '=', clientId).executeTakeFirstOrThrow()).reference!;
    const found = await as(t, dpo)({ method: 'GET', url: `/api/v1/client-rights/lookup?reference=${ref.toLowerCase()}` });
    assert.equal(found.json().clientId, clientId);
    assert.equal((await P()({ method: 'GET', url: `/api/v1/client-rights/lookup?reference=${ref}` })).statusCode, 404);
    assert.equal((await as(t, dpo)({ method: 'POST', url: url('/legal-hold'), payload: { hold: true } })).statusCode, 200);
    const blocked = await as(t, dpo)({ method: 'POST', url: url('/erase'), payload: { confirmReference: ref } });
    assert.equal(blocked.statusCode, 409);
    assert.match(blocked.json().detail, /legal hold/);
    assert.equal((await t.ctx.store.db.selectFrom('notes').select('id').where('client_id', '=', clientId).execute()).length, 8, 'nothing erased under hold');
    await as(t, dpo)({ method: 'POST', url: url('/legal-hold'), payload: { hold: false } });
    const wrong = await as(t, dpo)({ method: 'POST', url: url('/erase'), payload: { confirmReference: 'C-WRONG1' } });
    assert.equal(wrong.statusCode, 400);
    const erased = await as(t, dpo)({ method: 'POST', url: url('/erase'), payload: { confirmReference: ref } });
    assert.equal(erased.statusCode, 200, erased.body);
    const key = await t.ctx.store.db.selectFrom('client_keys').selectAll().where('client_id', '=', clientId).executeTakeFirstOrThrow();
    assert.equal(key.wrapped_key, null);
    for (const table of ['notes', 'note_versions', 'consents', 'engagements', 'third_parties', 'referrals'] as const) {
      assert.equal((await t.ctx.store.db.selectFrom(table).select('id').where('client_id', '=', clientId).execute()).length, 0, table);
    }
    assert.ok(erasedClientIds(t.config.dataDir).includes(clientId), 'erasure ledger');
    await t.ctx.audit.drain();
    const audit = await t.ctx.store.db.selectFrom('audit_log').selectAll().execute();
    assert.ok(!/Robin|Jordan|Smithers|Acme Widgets/.test(JSON.stringify(audit)), 'the audit log keeps only non-identifying facts');
    prac = await signIn(t, w.users.practitioner!.email);
    assert.equal((await P()({ method: 'GET', url: url('/record') })).statusCode, 404);
    const again = await as(t, dpo)({ method: 'POST', url: url('/erase'), payload: { confirmReference: ref } });
    assert.equal(again.statusCode, 404);
  });
});
