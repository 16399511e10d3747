// Training API (issue 8) on both dialects: the library, both exercise kinds scored against the engine,
// authoring with the engine's check (invalid facts name the field; a disagreement is shown and must be
// confirmed), assignments (a deactivated user is refused, nothing half-saved), one answer per item, the
// learner's progress, the team summary without names, and the certificate PDF.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, addUser, type Session, type TestApp, type World } from '../helpers/app.js';

const FACTS = { jurisdiction: 'GB-ENG', profession: 'iag', concern: 'risk-to-self', imminence: 'foreseeable', severity: 'serious', clientConsent: 'refused', limitsExplained: true };
const SCENARIO = { title: 'Synthetic: a low client', narrative: 'A synthetic client says she feels low and has thought of ending her life; she wants nobody told.', facts: FACTS, notes: 'Teaching notes: escalate to the safeguarding lead.', difficulty: 'foundation' };

forEachDialect('training', (dialect) => {
  let t: TestApp;
  let w: World;
  let admin: Session;
  let sup: Session;
  let learner: Session;
  let goneId: string;

  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
    goneId = await addUser(t, w.orgId, 'gone@example.test', ['practitioner']);
    await t.ctx.store.db.updateTable('users').set({ active: 0, deactivated_at: t.clock.now().toISOString() }).where('id', '=', goneId).execute();
    admin = await signIn(t, w.users.admin!.email);
    sup = await signIn(t, w.users.supervisor!.email);
    learner = await signIn(t, w.users.practitioner!.email);
  });
  after(async () => t.close());

  const count = async (table: 'training_scenarios' | 'training_assignments' | 'training_attempts') =>
    Number((await t.ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  test('the library lists shipped scenarios and exercises, filterable, without answers', async () => {
    const r = await as(t, learner)({ method: 'GET', url: '/api/v1/training/library' });
    assert.equal(r.statusCode, 200);
    const items = r.json() as { kind: string; tags: { profession: string } }[];
    assert.ok(items.filter((i) => i.kind === 'scenario').length >= 40);
    assert.ok(items.filter((i) => i.kind === 'exercise').length >= 10);
    const f = await as(t, learner)({ method: 'GET', url: '/api/v1/training/library?profession=psychology&kind=scenario' });
    assert.ok(f.json().length > 0 && f.json().every((i: { tags: { profession: string } }) => i.tags.profession === 'psychology'));
    const s = await as(t, learner)({ method: 'GET', url: '/api/v1/training/scenarios/t-iag-01' });
    assert.equal(s.statusCode, 200);
    assert.ok(!('expect' in s.json()) && !('notes' in s.json()) && !('facts' in s.json()));
    const e = await as(t, learner)({ method: 'GET', url: '/api/v1/training/exercises/e-iag-01' });
    assert.equal(e.json().actions.length, 6);
    assert.ok(!JSON.stringify(e.json()).includes('unethical'));
  });

  test('"What would you do?" shows the engine\'s answer, rationale and citations beside your own', async () => {
    const r = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'scenario', id: 't-iag-01', answer: { verdict: 'maintain', informClientFirst: true, approvalRequired: false, recipients: [], minimumNecessary: 'nothing' } } });
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.equal(b.engine.verdict, 'escalate');
    assert.equal(b.correct, false);
    assert.equal(b.recorded, false);
    assert.ok(b.engine.rationale.length > 10 && b.engine.citations.length > 0 && b.notes.length > 10);
    const bad = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'scenario', id: 't-iag-01', answer: { verdict: 'shrug' } } });
    assert.equal(bad.statusCode, 400);
    assert.ok(bad.json().errors.some((e: { path: string }) => e.path === 'answer.verdict'));
    const missing = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'scenario', id: 't-nope-99', answer: {} } });
    assert.equal(missing.statusCode, 404);
  });

  test('authoring: invalid facts name the field; a disagreement is shown and must be confirmed; nothing half-saved', async () => {
    const before = await count('training_scenarios');
    const invalid = await as(t, admin)({ method: 'POST', url: '/api/v1/training/scenarios', payload: { ...SCENARIO, facts: { ...FACTS, concern: 'sadness' }, expected: { verdict: 'escalate' } } });
    assert.equal(invalid.statusCode, 400, invalid.body);
    assert.equal(invalid.json().errors[0].path, 'facts.concern');
    assert.match(invalid.json().errors[0].message, /allowed values/);
    const disagree = await as(t, admin)({ method: 'POST', url: '/api/v1/training/scenarios', payload: { ...SCENARIO, expected: { verdict: 'maintain' } } });
    assert.equal(disagree.statusCode, 409, disagree.body);
    assert.equal(disagree.json().errors[0].path, 'expected.verdict');
    assert.match(disagree.json().errors[0].message, /maintain.*escalate/);
    assert.equal(await count('training_scenarios'), before, 'nothing saved');
    const check = await as(t, admin)({ method: 'POST', url: '/api/v1/training/scenarios/check', payload: { ...SCENARIO, expected: { verdict: 'maintain' } } });
    assert.equal(check.json().engine.verdict, 'escalate');
    assert.equal(check.json().disagreements[0].field, 'verdict');
    const confirmed = await as(t, sup)({ method: 'POST', url: '/api/v1/training/scenarios', payload: { ...SCENARIO, expected: { verdict: 'maintain' }, confirmDisagreement: true } });
    assert.equal(confirmed.statusCode, 201, confirmed.body);
    assert.equal(confirmed.json().disagrees, true);
    const agreed = await as(t, admin)({ method: 'POST', url: '/api/v1/training/scenarios', payload: { ...SCENARIO, title: 'Synthetic: agreed', expected: { verdict: 'escalate' } } });
    assert.equal(agreed.statusCode, 201);
    assert.equal(agreed.json().disagrees, false);
    const authored = await as(t, admin)({ method: 'GET', url: '/api/v1/training/authored' });
    assert.equal(authored.json().filter((a: { disagrees: boolean }) => a.disagrees).length, 1);
    const lib = await as(t, learner)({ method: 'GET', url: '/api/v1/training/library?kind=scenario' });
    assert.ok(lib.json().some((i: { id: string; source: string }) => i.id === agreed.json().id && i.source === 'organisation'));
    const denied = await as(t, learner)({ method: 'POST', url: '/api/v1/training/scenarios', payload: { ...SCENARIO, expected: { verdict: 'escalate' } } });
    assert.equal(denied.statusCode, 403);
  });

  test('authoring an "Ethical or unethical?" exercise: it joins the library and is marked like the shipped ones', async () => {
    const body = { title: 'Synthetic: the gossiping receptionist', situation: 'A synthetic receptionist is asked by a friend whether a neighbour comes to the service.', actions: [{ text: 'Say nothing about who attends', mark: 'ethical', why: 'Attendance itself is confidential.' }, { text: 'Confirm it quietly', mark: 'unethical', why: 'A quiet confirmation is still a disclosure.' }, { text: 'Ask the manager', mark: 'ethical', why: 'When unsure, consult.' }], tags: { profession: 'iag', jurisdiction: 'gb-eng', concern: 'third-party-request', difficulty: 'foundation' } };
    const oneSided = await as(t, admin)({ method: 'POST', url: '/api/v1/training/exercises', payload: { ...body, actions: body.actions.map((a) => ({ ...a, mark: 'ethical' })) } });
    assert.equal(oneSided.statusCode, 400);
    const r = await as(t, admin)({ method: 'POST', url: '/api/v1/training/exercises', payload: body });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().tags.jurisdiction, 'GB-ENG');
    const e = await as(t, learner)({ method: 'GET', url: `/api/v1/training/exercises/${r.json().id}` });
    assert.equal(e.json().actions.length, 3);
    const m = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'exercise', id: r.json().id, answer: { marks: ['ethical', 'unethical', 'ethical'] } } });
    assert.equal(m.json().score, 100);
  });

  test('assignments: a deactivated user is refused by name and nothing is saved; the learner completes both kinds once; certificate; team summary without names', async () => {
    const before = await count('training_assignments');
    const items = [{ kind: 'scenario', id: 't-couns-01' }, { kind: 'exercise', id: 'e-iag-02' }];
    const refused = await as(t, sup)({ method: 'POST', url: '/api/v1/training/assignments', payload: { title: 'Autumn set', items, assigneeIds: [w.users.practitioner!.id, goneId], dueAt: '2026-03-01' } });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(refused.json().errors[0].path, 'assigneeIds.1');
    assert.match(refused.json().errors[0].message, /deactivated/);
    assert.equal(await count('training_assignments'), before, 'nothing half-saved');
    const ok = await as(t, sup)({ method: 'POST', url: '/api/v1/training/assignments', payload: { title: 'Autumn set', items, assigneeIds: [w.users.practitioner!.id, w.users.practitioner2!.id], dueAt: '2026-03-01' } });
    assert.equal(ok.statusCode, 201, ok.body);
    const mine = await as(t, learner)({ method: 'GET', url: '/api/v1/training/assignments' });
    const asg = mine.json().find((a: { title: string }) => a.title === 'Autumn set');
    assert.deepEqual([asg.total, asg.answered], [2, 0]);

    const a1 = { kind: 'scenario', id: 't-couns-01', assignmentId: asg.id, answer: { verdict: 'disclose', informClientFirst: false, approvalRequired: false, recipients: ['police'], minimumNecessary: 'the threat and the name' } };
    const r1 = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: a1 });
    assert.equal(r1.statusCode, 200, r1.body);
    assert.equal(r1.json().recorded, true);
    assert.equal(r1.json().correct, true);
    const kept = await t.ctx.store.db.selectFrom('training_attempts').select('answer').where('assignment_id', '=', asg.id).executeTakeFirstOrThrow();
    assert.ok(!kept.answer.includes('the threat and the name'), 'free text is not stored');
    const twice = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: a1 });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().detail, /already answered/);
    const attempts = await count('training_attempts');
    const wrongCount = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'exercise', id: 'e-iag-02', assignmentId: asg.id, answer: { marks: ['ethical'] } } });
    assert.equal(wrongCount.statusCode, 400);
    assert.equal(await count('training_attempts'), attempts);
    const r2 = await as(t, learner)({ method: 'POST', url: '/api/v1/training/answers', payload: { kind: 'exercise', id: 'e-iag-02', assignmentId: asg.id, answer: { marks: ['ethical', 'unethical', 'ethical', 'ethical'] } } });
    assert.equal(r2.statusCode, 200, r2.body);
    assert.equal(r2.json().score, 75);
    assert.equal(r2.json().items[3].right, false);
    assert.equal(r2.json().assignmentCompleted, true);

    const other = await signIn(t, w.users.practitioner2!.email);
    const notMine = await as(t, other)({ method: 'POST', url: '/api/v1/training/answers', payload: a1 });
    assert.equal(notMine.statusCode, 404, 'another learner cannot answer into my assignment');

    const progress = await as(t, learner)({ method: 'GET', url: '/api/v1/training/progress' });
    assert.equal(progress.json().completed, 1);
    assert.ok(progress.json().byTopic.some((r: { topic: string }) => r.topic === 'risk-to-others'));
    const pdf = await as(t, learner)({ method: 'GET', url: `/api/v1/training/certificates/${asg.id}` });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const notYours = await as(t, other)({ method: 'GET', url: `/api/v1/training/certificates/${asg.id}` });
    assert.equal(notYours.statusCode, 404);

    const team = await as(t, sup)({ method: 'GET', url: '/api/v1/training/team' });
    assert.equal(team.statusCode, 200);
    assert.equal(team.json().learners, 2);
    assert.equal(team.json().completed, 1);
    assert.ok(team.json().byTopic.length > 0);
    const text = team.body + (await as(t, sup)({ method: 'GET', url: '/api/v1/training/issued' })).body;
    for (const u of [w.users.practitioner!, w.users.practitioner2!]) {
      assert.ok(!text.includes(u.id) && !text.includes(u.email) && !text.includes(u.email.split('@')[0]!), 'no individual named in the team views');
    }
    const denied = await as(t, learner)({ method: 'GET', url: '/api/v1/training/team' });
    assert.equal(denied.statusCode, 403);
  });
});
