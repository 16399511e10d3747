// Consulting a supervisor without names (issue 7 item 3, U1) through the API on both dialects. The client's
// and third parties' names (possessive, first name only, nickname, capitals), address, phone, e-mail and date of
// birth (in other formats) are planted in the notes and the summary; none may reach any supervisor-facing
// response (inbox, packet, thread), the stored packet row, the thread rows, or the supervisor's notifications.
// Also: the review (spans, consistent pseudonyms, legend for the author only), mark/unmark, the strict check at
// send (409, audited), private process notes refused, the supervisor kept out of the record, the thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { addUser, as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp, type World } from '../helpers/app.js';

/** Every planted identifier, as a pattern that must never match a supervisor-facing byte. */
const PLANTED: RegExp[] = [
  /quennell/i,
  /elizabeth/i,
  /lizzie/i,
  /\bliz\b/i,
  /\bbeth\b/i,
  /declan/i,
  /ferriby/i,
  /\brose\b/i,
  /mallory/i,
  /finch/i,
  /harbourside/i,
  /wrenfield/i,
  /ashby/i,
  /LE17/i,
  /07700/,
  /900\s?461/,
  /example\.test/i,
  /1991/,
  /07\/04/,
  /7th April/i,
];

function leaks(s: string): string[] {
  return PLANTED.filter((re) => re.test(s)).map(String);
}

const NOTE_1 = "Lizzie Quennell (Beth) came in upset. Declan's comments at Harbourside Freight continue; DECLAN FERRIBY told her she was useless in front of the team. She lives at 14 Wrenfield Close, Ashby Magna, LE17 5NT. We used the Kanban board to map what happened.";
const NOTE_2 = "Beth's friend Rose came with her. Mr Ferriby emailed her again on Friday. DOB on file 07/04/1991; best number 07700 900461; e-mail liz.quennell@example.test.";
const NOTE_3 = 'She said Elizabeth is what her gran calls her. Born 7th April 1991. We discussed options: a direct conversation, mediation, the reporting channel at work.';
const SUMMARY = "I am unsure whether Liz Quennell's situation with her manager is a conflict or harassment. Quennell's colleague Declan keeps making remarks; her friend Rose Mallory-Finch thinks she should report it. Her gamer tag is quennell91.";

forEachDialect('consultations', (dialect) => {
  let t: TestApp;
  let w: World;
  let prac: Session;
  let prac2: Session;
  let sup: Session;
  let sup2: Session;
  let clientId: string;
  const noteIds: string[] = [];
  let privateNoteId: string;
  let consultationId: string;
  const supervisorBodies: string[] = [];

  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    await addUser(t, w.orgId, 'supervisor2@example.test', ['supervisor']);
    prac = await signIn(t, w.users.practitioner!.email);
    prac2 = await signIn(t, w.users.practitioner2!.email);
    sup = await signIn(t, w.users.supervisor!.email);
    sup2 = await signIn(t, 'supervisor2@example.test');
    const P = as(t, prac);
    const c = await P({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Elizabeth Quennell', preferredName: 'Beth', dateOfBirth: '1991-04-07', phone: '07700 900461', email: 'liz.quennell@example.test' } });
    assert.equal(c.statusCode, 201, c.body);
    clientId = c.json().client.id;
    for (const text of [NOTE_1, NOTE_2, NOTE_3, 'My own reaction: I felt protective of Liz and cross with her manager.']) {
      t.clock.advance(60_000);
      const n = await P({ method: 'POST', url: `/api/v1/clients/${clientId}/notes`, payload: { text } });
      assert.equal(n.statusCode, 201, n.body);
      noteIds.push(n.json().note.id);
    }
    privateNoteId = noteIds.pop()!;
    await t.ctx.store.db.updateTable('notes').set({ private: 1 }).where('id', '=', privateNoteId).execute();
    for (const [name, relationship] of [['Declan Ferriby', 'colleague'], ['Rose Mallory-Finch', 'friend']]) {
      const r = await P({ method: 'POST', url: `/api/v1/clients/${clientId}/third-parties`, payload: { name, relationship } });
      assert.equal(r.statusCode, 201, r.body);
    }
    const e = await P({ method: 'POST', url: `/api/v1/clients/${clientId}/engagements`, payload: { service: 'careers-guidance', commissioning: { organisation: 'Harbourside Freight Ltd', toldAboutRole: 'Told HR that sessions are confidential.' } } });
    assert.equal(e.statusCode, 201, e.body);
  });
  after(async () => t.close());

  const P = () => as(t, prac);
  const S = () => as(t, sup);

  test('a practitioner chooses among the organisation’s supervisors; others cannot list them', async () => {
    const r = await P()({ method: 'GET', url: '/api/v1/supervisors' });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json().map((u: { id: string }) => u.id).includes(w.users.supervisor!.id), true);
    assert.equal((await S()({ method: 'GET', url: '/api/v1/supervisors' })).statusCode, 403);
  });

  test('private process notes are never put in a packet; the supervisor must be a supervisor', async () => {
    const r = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, summary: 'x', noteIds: [noteIds[0], privateNoteId] } });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().errors[0].path, 'noteIds');
    assert.match(r.json().errors[0].message, /Private process notes are never shared/);
    const s = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.practitioner2!.id, summary: 'x' } });
    assert.equal(s.statusCode, 400);
    assert.equal(s.json().errors[0].path, 'supervisorId');
    const none = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, summary: '  ' } });
    assert.equal(none.statusCode, 400);
    assert.equal(none.json().errors[0].path, 'summary');
    const concern = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, summary: 'x', concernId: randomUUID() } });
    assert.equal(concern.statusCode, 400);
    assert.equal(concern.json().errors[0].path, 'concernId');
    const count = await t.ctx.store.db.selectFrom('consultations').select('id').execute();
    assert.equal(count.length, 0, 'nothing saved');
  });

  test('draft: every part de-identified with one set of pseudonyms; the legend is the author’s only', async () => {
    const r = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, summary: SUMMARY, noteIds } });
    assert.equal(r.statusCode, 201, r.body);
    const c = r.json().consultation;
    consultationId = c.id;
    assert.equal(c.status, 'draft');
    assert.equal(c.review.parts.length, 4);
    const packet: string = c.review.packetText;
    // Everything planted is gone, the gamer tag too: the strict check's own look-ups found the surname inside it.
    assert.deepEqual(leaks(packet), [], packet);
    assert.deepEqual(c.review.problems, []);
    assert.ok(c.review.parts[0].spans.some((s: { text: string; source: string }) => s.text === 'quennell91' && s.source === 'check'));
    // Consistent pseudonyms across the summary and the notes.
    assert.match(c.review.parts[0].redacted, /\[CLIENT\]'s colleague \[COLLEAGUE-1\]/);
    assert.match(c.review.parts[1].redacted, /\[COLLEAGUE-1\]'s comments/, 'notes oldest first');
    assert.match(c.review.parts[2].redacted, /Mr \[COLLEAGUE-1\]/);
    const address = c.review.parts[1].spans.find((s: { text: string }) => s.text.includes('Wrenfield'));
    assert.equal(address.unmarkable, false, 'a street address cannot be unmarked');
    const client = c.review.legend.find((l: { tag: string }) => l.tag === '[CLIENT]');
    assert.ok(client.words.some((x: string) => x.includes('Lizzie')) && client.words.includes('Beth'), `the author sees who [CLIENT] stands for: ${client.words}`);
    // Spans are given against the original text.
    for (const part of c.review.parts) for (const s of part.spans) assert.equal(part.original.slice(s.start, s.end), s.text);
    assert.equal(c.sentPacket, null);
  });

  test('send is refused while the final text holds a known identifier or a name written in by hand; audited; nothing reaches the supervisor', async () => {
    const draft = (await P()({ method: 'GET', url: `/api/v1/consultations/${consultationId}` })).json().consultation;
    const r = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/send`, payload: { packetText: `${draft.review.packetText}\nBeth asked me to pass on her thanks.` } });
    assert.equal(r.statusCode, 409);
    assert.match(r.json().detail, /still contains words that identify .*“Beth”/);
    assert.equal(r.json().errors[0].path, 'packetText');
    const possessive = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/send`, payload: { packetText: `${draft.review.packetText}\nQuennell's sister called.` } });
    assert.equal(possessive.statusCode, 409);
    const other = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/send`, payload: { packetText: `${draft.review.packetText}\nPriya Raman from HR rang on 0161 496 0000.` } });
    assert.equal(other.statusCode, 409, 'a new name typed into the final text is caught by the de-identifier');
    assert.match(other.json().detail, /Priya/);
    await t.ctx.audit.drain();
    const audit = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'consultation.send').execute();
    assert.deepEqual(audit.map((a) => [a.outcome, a.reason]), [['denied', 'identifier-found'], ['denied', 'identifier-found'], ['denied', 'identifier-found']]);
    assert.ok(!/quennell|beth|priya/i.test(JSON.stringify(audit)), 'no case content in the audit');
    const inbox = await S()({ method: 'GET', url: '/api/v1/supervision/inbox' });
    assert.deepEqual(inbox.json(), []);
    assert.equal((await S()({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` })).statusCode, 404, 'a draft is invisible to the supervisor');
    const row = await t.ctx.store.db.selectFrom('consultations').selectAll().where('id', '=', consultationId).executeTakeFirstOrThrow();
    assert.equal(row.packet_text, null, 'no packet stored before it passes');
  });

  test('unmarking a known identifier is refused with a clear message; a false positive can be unmarked; extra words can be marked', async () => {
    const bad = await P()({ method: 'PUT', url: `/api/v1/consultations/${consultationId}`, payload: { unmarks: ['Beth'] } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].path, 'unmarks.0');
    assert.match(bad.json().errors[0].message, /identifies the client or someone in the case/);
    const phone = await P()({ method: 'PUT', url: `/api/v1/consultations/${consultationId}`, payload: { unmarks: ['07700 900461'] } });
    assert.equal(phone.statusCode, 400);
    const employer = await P()({ method: 'PUT', url: `/api/v1/consultations/${consultationId}`, payload: { unmarks: ['Harbourside'] } });
    assert.equal(employer.statusCode, 400, 'a distinctive word of the commissioning organisation is known too');
    const ok = await P()({ method: 'PUT', url: `/api/v1/consultations/${consultationId}`, payload: { unmarks: ['Kanban'], marks: [{ text: 'gran', as: 'person' }] } });
    assert.equal(ok.statusCode, 200, ok.body);
    const c = ok.json().consultation;
    assert.match(c.review.packetText, /We used the Kanban board/);
    assert.doesNotMatch(c.review.packetText, /quennell91|\bgran\b/);
    // An unmarked word is not a problem at send.
    assert.deepEqual(c.review.problems, []);
    assert.deepEqual(c.unmarks, ['Kanban']);
  });

  test('sent: the packet is stored only now, with no identifier; the supervisor is notified without content', async () => {
    const draft = (await P()({ method: 'GET', url: `/api/v1/consultations/${consultationId}` })).json().consultation;
    // The author smooths the wording ("[CLIENT] ([CLIENT])" reads badly); the check runs on this final text.
    const smoothed = draft.review.packetText.replace('[CLIENT] ([CLIENT])', '[CLIENT]');
    assert.notEqual(smoothed, draft.review.packetText);
    const r = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/send`, payload: { packetText: smoothed } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().consultation.status, 'sent');
    const row = await t.ctx.store.db.selectFrom('consultations').selectAll().where('id', '=', consultationId).executeTakeFirstOrThrow();
    assert.equal(row.packet_text, smoothed.trim());
    assert.ok(row.packet_text && row.packet_text.includes('[CLIENT]'));
    const { draft_sealed: _sealed, ...clear } = row;
    assert.deepEqual(leaks(JSON.stringify(clear)), [], 'the stored row (outside the sealed draft) holds no identifier');
    assert.ok(!row.draft_sealed.includes('Quennell'), 'the draft is sealed');
    const again = await P()({ method: 'PUT', url: `/api/v1/consultations/${consultationId}`, payload: { summary: 'changed' } });
    assert.equal(again.statusCode, 409);
    const notes = await t.ctx.store.db.selectFrom('notifications').selectAll().where('user_id', '=', w.users.supervisor!.id).execute();
    assert.equal(notes.length, 1);
    assert.equal(notes[0]!.kind, 'consultation-received');
    assert.equal(notes[0]!.client_id, null);
    assert.deepEqual(leaks(JSON.stringify(notes)), []);
  });

  test('the supervisor sees only the packet and the thread, never the record', async () => {
    const inbox = await S()({ method: 'GET', url: '/api/v1/supervision/inbox' });
    assert.equal(inbox.statusCode, 200);
    assert.equal(inbox.json().length, 1);
    supervisorBodies.push(inbox.body);
    const packet = await S()({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` });
    assert.equal(packet.statusCode, 200);
    supervisorBodies.push(packet.body);
    assert.ok(!packet.body.includes(clientId), 'no client id in the supervisor view');
    assert.deepEqual(Object.keys(packet.json().consultation).sort(), ['closedAt', 'id', 'messages', 'packetText', 'practitionerName', 'sentAt', 'status']);
    const notif = await S()({ method: 'GET', url: '/api/v1/notifications' });
    supervisorBodies.push(notif.body);
    for (const url of [`/api/v1/clients/${clientId}`, `/api/v1/clients/${clientId}/record`, `/api/v1/clients/${clientId}/session-notes`, `/api/v1/clients/${clientId}/consultations`, `/api/v1/consultations/${consultationId}`]) {
      const r = await S()({ method: 'GET', url });
      assert.equal(r.statusCode, 404, `${url} answers ${r.statusCode}`);
      supervisorBodies.push(r.body);
    }
    // Another supervisor, and another practitioner, cannot open it.
    assert.equal((await as(t, sup2)({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` })).statusCode, 404);
    assert.equal((await as(t, prac2)({ method: 'GET', url: `/api/v1/consultations/${consultationId}` })).statusCode, 404);
    assert.equal((await as(t, prac2)({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` })).statusCode, 404);
    // The practitioner cannot use the supervisor's door either.
    assert.equal((await P()({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` })).statusCode, 404);
  });

  test('thread: the supervisor replies; the practitioner reads it and answers — never with a name', async () => {
    const reply = await S()({ method: 'POST', url: `/api/v1/supervision/consultations/${consultationId}/messages`, payload: { body: 'This reads as more than conflict: repeated remarks in front of the team. What has [CLIENT] said she wants?' } });
    assert.equal(reply.statusCode, 201, reply.body);
    supervisorBodies.push(reply.body);
    const pn = await t.ctx.store.db.selectFrom('notifications').selectAll().where('user_id', '=', w.users.practitioner!.id).where('kind', '=', 'consultation-reply').execute();
    assert.equal(pn.length, 1);
    const mine = await P()({ method: 'GET', url: `/api/v1/consultations/${consultationId}` });
    assert.equal(mine.json().consultation.messages[0].from, 'supervisor');
    const list = await P()({ method: 'GET', url: `/api/v1/clients/${clientId}/consultations` });
    assert.equal(list.json()[0].messageCount, 1);
    assert.equal(list.json()[0].lastFrom, 'supervisor');
    const all = await P()({ method: 'GET', url: '/api/v1/consultations' });
    assert.equal(all.json().length, 1);
    const named = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/messages`, payload: { body: "Beth wants it to stop; Declan's manager is away." } });
    assert.equal(named.statusCode, 400);
    assert.match(named.json().detail, /“Beth”/);
    const ok = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/messages`, payload: { body: '[CLIENT] wants it to stop without a formal complaint for now.' } });
    assert.equal(ok.statusCode, 201, ok.body);
    const packet = await S()({ method: 'GET', url: `/api/v1/supervision/consultations/${consultationId}` });
    assert.equal(packet.json().consultation.messages.length, 2);
    supervisorBodies.push(packet.body);
    supervisorBodies.push((await S()({ method: 'GET', url: '/api/v1/supervision/inbox' })).body);
    supervisorBodies.push((await S()({ method: 'GET', url: '/api/v1/notifications' })).body);
    await t.ctx.audit.drain();
    const denied = await t.ctx.store.db.selectFrom('audit_log').select(['outcome', 'reason']).where('action', '=', 'consultation.message').execute();
    assert.ok(denied.some((a) => a.outcome === 'denied' && a.reason === 'identifier-found'));
  });

  test('U1: no planted identifier reached any supervisor-facing response, the thread rows, or their notifications', async () => {
    assert.ok(supervisorBodies.length >= 10);
    for (const b of supervisorBodies) assert.deepEqual(leaks(b), [], b.slice(0, 300));
    const msgs = await t.ctx.store.db.selectFrom('consultation_messages').selectAll().execute();
    assert.equal(msgs.length, 2);
    assert.deepEqual(leaks(JSON.stringify(msgs)), []);
    const notes = await t.ctx.store.db.selectFrom('notifications').selectAll().execute();
    assert.deepEqual(leaks(JSON.stringify(notes)), []);
  });

  test('from a concern: the concern must be one of this client\'s (no database FK; checked by the service)', async () => {
    const iso = t.clock.now().toISOString();
    const concernId = randomUUID();
    await t.ctx.store.db
      .insertInto('concerns')
      .values({ id: concernId, organisation_id: w.orgId, client_id: clientId, engagement_id: null, note_id: null, raised_by: w.users.practitioner!.id, kind: 'general', facts_sealed: 'x', policy_version: 'test', verdict: 'consult', verdict_sealed: 'x', choice: null, choice_reason_sealed: null, third_party_id: null, status: 'open', urgency: null, escalated_at: null, escalated_by: null, escalation_sealed: null, email_status: null, decided_by: null, decided_at: null, decision_sealed: null, created_at: iso, updated_at: iso })
      .execute();
    const r = await P()({ method: 'POST', url: `/api/v1/clients/${clientId}/consultations`, payload: { supervisorId: w.users.supervisor!.id, concernId, summary: 'Is this reportable? [CLIENT] asked that no one be told.' } });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().consultation.concernId, concernId);
    const other = await as(t, prac2)({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Other Person' } });
    const wrong = await as(t, prac2)({ method: 'POST', url: `/api/v1/clients/${other.json().client.id}/consultations`, payload: { supervisorId: w.users.supervisor!.id, concernId, summary: 'x' } });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].path, 'concernId');
  });

  test('closing ends the thread; a closed consultation takes no more messages', async () => {
    const c = await P()({ method: 'POST', url: `/api/v1/consultations/${consultationId}/close`, payload: {} });
    assert.equal(c.statusCode, 200);
    assert.equal(c.json().consultation.status, 'closed');
    const r = await S()({ method: 'POST', url: `/api/v1/supervision/consultations/${consultationId}/messages`, payload: { body: 'One more thought.' } });
    assert.equal(r.statusCode, 409);
  });
});
