// Ending an engagement by date (K1): a date without a time means that day, so an engagement may end on the
// day it opened; a day before it opened is refused with the field named, and nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { as, forEachDialect, makeTestApp, seedWorld, signIn, type Session, type TestApp } from '../helpers/app.js';

forEachDialect('engagement ending dates', (dialect) => {
  let t: TestApp;
  let prac: Session;
  before(async () => {
    t = await makeTestApp(dialect);
    const w = await seedWorld(t);
    prac = await signIn(t, w.users.practitioner!.email);
  });
  after(async () => t.close());

  test('ends on the day it opened; not on the day before', async () => {
    const P = as(t, prac);
    const c = await P({ method: 'POST', url: '/api/v1/clients', payload: { name: 'Sam Sample', dateOfBirth: '1991-04-05', language: 'en', jurisdiction: 'GB-ENG' } });
    assert.equal(c.statusCode, 201, c.body);
    const url = (s: string) => `/api/v1/clients/${c.json().client.id}${s}`;
    const today = t.ctx.now().toISOString().slice(0, 10);
    const yesterday = new Date(t.ctx.now().getTime() - 86_400_000).toISOString().slice(0, 10);

    const e1 = await P({ method: 'POST', url: url('/engagements'), payload: { service: 'mentoring' } });
    assert.equal(e1.statusCode, 201, e1.body);
    const early = await P({ method: 'POST', url: url(`/engagements/${e1.json().engagement.id}/close`), payload: { reason: 'client-choice', summary: 'Client decided not to continue after the first meeting.', closedAt: yesterday } });
    assert.equal(early.statusCode, 400, early.body);
    assert.ok(early.json().errors.some((x: { path: string; message: string }) => x.path === 'closedAt' && /before it opened/.test(x.message)), early.body);
    const stillOpen = await t.ctx.store.db.selectFrom('engagements').select('status').where('id', '=', e1.json().engagement.id).executeTakeFirstOrThrow();
    assert.equal(stillOpen.status, 'open', 'nothing changed');

    const sameDay = await P({ method: 'POST', url: url(`/engagements/${e1.json().engagement.id}/close`), payload: { reason: 'client-choice', summary: 'Client decided not to continue after the first meeting.', closedAt: today } });
    assert.equal(sameDay.statusCode, 200, sameDay.body);
    assert.equal(sameDay.json().engagement.status, 'closed');
  });
});
