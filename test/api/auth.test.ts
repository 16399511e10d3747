// Accounts and sessions: setup, sign-in, lock-out, TOTP, session fixation and lifecycle, password policy
// and storage (TEST-PLAN T5, T6, T11, T12).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import {
  as, cookieFrom, forEachDialect, makeTestApp, seedWorld, signIn, totpCode, PASSWORD, type TestApp, type World,
} from '../helpers/app.js';
import { hashPassword, passwordProblem } from '../../src/services/passwords.js';
import { PRODUCTION_ARGON2 } from '../../src/services/context.js';

const json = { 'content-type': 'application/json' };

forEachDialect('setup', (dialect) => {
  let t: TestApp;
  before(async () => {
    t = await makeTestApp(dialect);
  });
  after(async () => t.close());

  test('first run: setup creates the organisation and an admin who must enrol TOTP; a second setup is refused', async () => {
    let r = await t.app.inject({ method: 'GET', url: '/api/v1/setup/status' });
    assert.deepEqual(r.json(), { needsSetup: true });
    r = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organisation: 'Org', displayName: 'Ada', email: 'ada@example.test', password: 'short' } });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().errors[0].path, 'password');
    r = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organisation: 'Org', displayName: 'Ada', email: 'ada@example.test', password: PASSWORD } });
    assert.equal(r.statusCode, 201, r.body);
    const body = r.json();
    assert.equal(body.stage, 'enrol');
    assert.deepEqual(body.user.roles, ['admin']);
    const cookie = cookieFrom(r)!;
    // Stage enrol reaches nothing but enrolment.
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
    assert.equal(users.statusCode, 403);
    assert.equal(users.json().code, 'stage-required');
    // Enrol TOTP.
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enrol', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    assert.equal(en.statusCode, 200, en.body);
    const { secret, otpauthUrl, qrSvg } = en.json();
    assert.match(otpauthUrl, /^otpauth:\/\/totp\//);
    assert.match(qrSvg, /<svg/);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: { cookie, 'x-csrf-token': body.csrfToken }, payload: { code: '000000' } });
    assert.equal(bad.statusCode, 401);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: t.clock.t });
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/confirm', headers: { cookie, 'x-csrf-token': body.csrfToken }, payload: { code } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().recoveryCodes.length, 10);
    const newCookie = cookieFrom(ok)!;
    assert.notEqual(newCookie, cookie, 'a new session id after enrolment');
    const old = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    assert.equal(old.statusCode, 401);
    const now = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: newCookie } });
    assert.equal(now.statusCode, 200);
    r = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organisation: 'Org2', displayName: 'Eve', email: 'eve@example.test', password: PASSWORD } });
    assert.equal(r.statusCode, 409);
    assert.deepEqual((await t.app.inject({ method: 'GET', url: '/api/v1/setup/status' })).json(), { needsSetup: false });
  });
});

forEachDialect('sign-in', (dialect) => {
  let t: TestApp;
  let w: World;
  before(async () => {
    t = await makeTestApp(dialect);
    w = await seedWorld(t);
  });
  after(async () => t.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });

  test('wrong password and unknown account get identical responses', async () => {
    const a = await login(w.users.practitioner!.email, 'wrong password here!!', '10.0.1.1');
    const b = await login('nobody@example.test', 'wrong password here!!', '10.0.1.2');
    assert.equal(a.statusCode, 401);
    assert.equal(b.statusCode, 401);
    assert.equal(a.body, b.body);
    assert.equal(a.headers['content-type'], b.headers['content-type']);
    assert.equal(a.cookies.length, 0);
    assert.equal(b.cookies.length, 0);
  });

  test('lock-out after 5 failures on one account: 429 with Retry-After, even with the right password; fine after the window', async () => {
    const email = w.users.practitioner2!.email;
    for (let i = 0; i < 5; i++) assert.equal((await login(email, `bad password number ${i}`, `10.0.2.${i}`)).statusCode, 401);
    const locked = await login(email, PASSWORD, '10.0.2.99');
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().code, 'locked');
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // The same for an unknown account: no way to tell which emails exist.
    for (let i = 0; i < 5; i++) await login('ghost@example.test', `bad password number ${i}`, `10.0.3.${i}`);
    const ghost = await login('ghost@example.test', PASSWORD, '10.0.3.99');
    assert.equal(ghost.statusCode, 429);
    assert.equal(ghost.body, locked.body);
    t.clock.advance(16 * 60_000);
    assert.equal((await login(email, PASSWORD, '10.0.2.99')).statusCode, 200);
  });

  test('per-address limit: a spray across accounts from one address is locked', async () => {
    for (let i = 0; i < 20; i++) await login(`spray${i}@example.test`, 'not the password!!', '10.9.9.9');
    const r = await login(w.users.supervisor!.email, PASSWORD, '10.9.9.9');
    assert.equal(r.statusCode, 429);
    assert.equal((await login(w.users.supervisor!.email, PASSWORD, '10.9.9.8')).statusCode, 200);
    t.clock.advance(16 * 60_000);
  });

  test('every attempt is audited, without the password', async () => {
    await t.ctx.audit.drain();
    const rows = await t.ctx.store.db.selectFrom('audit_log').selectAll().where('action', 'in', ['auth.login', 'auth.login.failed']).execute();
    assert.ok(rows.length >= 30);
    assert.ok(!JSON.stringify(rows).includes('bad password number'));
  });

  test('session fixation: a planted cookie is ignored and gets 401; sign-in issues a new id', async () => {
    const planted = '__Host-confidant=planted-by-attacker-0123456789';
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: w.users.supervisor!.email, password: PASSWORD }, headers: { cookie: planted } });
    assert.equal(r.statusCode, 200);
    const c = cookieFrom(r)!;
    assert.notEqual(c, planted);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: planted } })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: c } })).statusCode, 200);
    // Signing in again while signed in replaces (and ends) the old session.
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: w.users.supervisor!.email, password: PASSWORD }, headers: { cookie: c } });
    const c2 = cookieFrom(again)!;
    assert.notEqual(c2, c);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: c } })).statusCode, 401);
  });

  test('cookie attributes: __Host- prefix, Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    const r = await login(w.users.supervisor!.email, PASSWORD, '10.0.5.1');
    const raw = String(r.headers['set-cookie']);
    assert.match(raw, /^__Host-confidant=/);
    assert.match(raw, /; Secure/i);
    assert.match(raw, /; HttpOnly/i);
    assert.match(raw, /; SameSite=Strict/i);
    assert.match(raw, /; Path=\//);
    assert.doesNotMatch(raw, /Domain=/i);
  });

  test('TOTP: password alone gives stage mfa; wrong code refused; right code rotates the session; a code is not accepted twice', async () => {
    const r = await login(w.users['safeguarding-lead']!.email, PASSWORD, '10.0.6.1');
    assert.equal(r.json().stage, 'mfa');
    const cookie = cookieFrom(r)!;
    const csrf = r.json().csrfToken;
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { cookie } })).statusCode, 403);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers: { cookie, 'x-csrf-token': csrf }, payload: { code: '123456' } });
    assert.equal(wrong.statusCode, 401);
    t.clock.advance(30_000);
    const code = totpCode(t);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers: { cookie, 'x-csrf-token': csrf }, payload: { code } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().stage, 'full');
    assert.notEqual(cookieFrom(ok), cookie);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } })).statusCode, 401);
    // Replay of the same code in a new sign-in is refused.
    const r2 = await login(w.users['safeguarding-lead']!.email, PASSWORD, '10.0.6.2');
    const replay = await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers: { cookie: cookieFrom(r2)!, 'x-csrf-token': r2.json().csrfToken }, payload: { code } });
    assert.equal(replay.statusCode, 401);
  });

  test('recovery codes: regenerated with the password, each works once', async () => {
    const s = await signIn(t, w.users.admin!.email);
    const bad = await as(t, s)({ method: 'POST', url: '/api/v1/auth/recovery-codes', payload: { password: 'not my password at all' } });
    assert.equal(bad.statusCode, 401);
    const r = await as(t, s)({ method: 'POST', url: '/api/v1/auth/recovery-codes', payload: { password: PASSWORD } });
    assert.equal(r.statusCode, 200, r.body);
    const codes: string[] = r.json().recoveryCodes;
    assert.equal(codes.length, 10);
    const stored = await t.ctx.store.db.selectFrom('users').select('recovery_codes').where('id', '=', w.users.admin!.id).executeTakeFirstOrThrow();
    assert.ok(!stored.recovery_codes!.includes(codes[0]!.replace(/-/g, '')), 'stored hashed');
    const use = async () => {
      const l = await login(w.users.admin!.email, PASSWORD, '10.0.7.1');
      return t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa', headers: { cookie: cookieFrom(l)!, 'x-csrf-token': l.json().csrfToken }, payload: { recoveryCode: codes[0]!.toLowerCase() } });
    };
    assert.equal((await use()).statusCode, 200);
    assert.equal((await use()).statusCode, 401);
  });

  test('logout ends the session server-side; logout-all ends every session of the user', async () => {
    const a = await signIn(t, w.users.dpo!.email);
    const b = await signIn(t, w.users.dpo!.email);
    const out = await as(t, a)({ method: 'POST', url: '/api/v1/auth/logout' });
    assert.equal(out.statusCode, 204);
    assert.equal((await as(t, a)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    assert.equal((await as(t, b)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    const c = await signIn(t, w.users.dpo!.email);
    const list = await as(t, c)({ method: 'GET', url: '/api/v1/me/sessions' });
    assert.ok(list.json().length >= 2);
    assert.equal(list.json().filter((x: { current: boolean }) => x.current).length, 1);
    assert.equal((await as(t, c)({ method: 'POST', url: '/api/v1/auth/logout-all' })).statusCode, 204);
    assert.equal((await as(t, b)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    assert.equal((await as(t, c)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
  });

  test('ending one session by its handle', async () => {
    const a = await signIn(t, w.users.dpo!.email);
    const b = await signIn(t, w.users.dpo!.email);
    const list = (await as(t, b)({ method: 'GET', url: '/api/v1/me/sessions' })).json() as { id: string; current: boolean }[];
    const other = list.find((x) => x.current)!;
    assert.equal((await as(t, a)({ method: 'DELETE', url: `/api/v1/me/sessions/${other.id}` })).statusCode, 204);
    assert.equal((await as(t, b)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const signIns = await as(t, a)({ method: 'GET', url: '/api/v1/me/sign-ins' });
    assert.equal(signIns.statusCode, 200);
    assert.ok(signIns.json().length >= 2);
  });

  test('idle timeout and absolute timeout, with an injected clock', async () => {
    const s = await signIn(t, w.users.supervisor!.email);
    t.clock.advance(29 * 60_000);
    assert.equal((await as(t, s)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    t.clock.advance(29 * 60_000); // active use keeps it alive
    assert.equal((await as(t, s)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    t.clock.advance(31 * 60_000);
    assert.equal((await as(t, s)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const s2 = await signIn(t, w.users.supervisor!.email);
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000);
      const r = await as(t, s2)({ method: 'GET', url: '/api/v1/auth/session' });
      if (i < 24) assert.equal(r.statusCode, 200, `still alive after ${(i + 1) * 29} minutes`);
      else assert.equal(r.statusCode, 401, 'absolute timeout at 12 hours');
    }
  });

  test('password change: policy applies, other sessions end, this one continues', async () => {
    const a = await signIn(t, w.users.practitioner!.email);
    const b = await signIn(t, w.users.practitioner!.email);
    const weak = await as(t, a)({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'password1234' } });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().errors[0].path, 'newPassword');
    const wrong = await as(t, a)({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'wrong current password', newPassword: 'a new and better passphrase 7' } });
    assert.equal(wrong.statusCode, 401);
    const ok = await as(t, a)({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: PASSWORD, newPassword: 'a new and better passphrase 7' } });
    assert.equal(ok.statusCode, 204, ok.body);
    assert.equal((await as(t, b)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    assert.equal((await as(t, a)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 200);
    await signIn(t, w.users.practitioner!.email, 'a new and better passphrase 7');
    const back = await as(t, a)({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'a new and better passphrase 7', newPassword: PASSWORD } });
    assert.equal(back.statusCode, 204);
  });

  test('deactivation ends the user\'s sessions at once; reactivation allows sign-in again', async () => {
    const p = await signIn(t, w.users.practitioner2!.email);
    const admin = await signIn(t, w.users.admin!.email);
    const r = await as(t, admin)({ method: 'POST', url: `/api/v1/users/${w.users.practitioner2!.id}/deactivate`, payload: { reason: 'left the organisation' } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().user.active, false);
    assert.equal((await as(t, p)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const l = await login(w.users.practitioner2!.email, PASSWORD, '10.0.8.1');
    assert.equal(l.statusCode, 401);
    assert.equal((await as(t, admin)({ method: 'POST', url: `/api/v1/users/${w.users.practitioner2!.id}/reactivate` })).statusCode, 200);
    assert.equal((await login(w.users.practitioner2!.email, PASSWORD, '10.0.8.2')).statusCode, 200);
  });

  test('an admin-created user signs in with the temporary password and must change it first', async () => {
    const admin = await signIn(t, w.users.admin!.email);
    const r = await as(t, admin)({ method: 'POST', url: '/api/v1/users', payload: { email: 'New.Person@Example.test', displayName: 'New Person', roles: ['practitioner'] } });
    assert.equal(r.statusCode, 201, r.body);
    const { user, temporaryPassword } = r.json();
    assert.equal(user.email, 'new.person@example.test');
    assert.equal(user.mustChangePassword, true);
    const s = await signIn(t, 'new.person@example.test', temporaryPassword);
    const blocked = await as(t, s)({ method: 'GET', url: '/api/v1/clients' });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().code, 'password-change-required');
    assert.equal((await as(t, s)({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: temporaryPassword, newPassword: 'my own long passphrase 99' } })).statusCode, 204);
    assert.equal((await as(t, s)({ method: 'GET', url: '/api/v1/clients' })).statusCode, 200);
    const dup = await as(t, admin)({ method: 'POST', url: '/api/v1/users', payload: { email: 'new.person@example.test', displayName: 'Again', roles: ['practitioner'] } });
    assert.equal(dup.statusCode, 409);
  });

  test('a role that needs TOTP, granted later, sends the user to enrolment', async () => {
    const admin = await signIn(t, w.users.admin!.email);
    const s = await signIn(t, w.users.supervisor!.email);
    await as(t, admin)({ method: 'PATCH', url: `/api/v1/users/${w.users.supervisor!.id}`, payload: { roles: ['supervisor', 'safeguarding-lead'] } });
    const r = await as(t, s)({ method: 'GET', url: '/api/v1/notifications' });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().code, 'stage-required');
    assert.equal((await as(t, s)({ method: 'GET', url: '/api/v1/auth/session' })).json().stage, 'enrol');
    await as(t, admin)({ method: 'PATCH', url: `/api/v1/users/${w.users.supervisor!.id}`, payload: { roles: ['supervisor'] } });
  });

  test('the last active admin cannot be removed or deactivated', async () => {
    const admin = await signIn(t, w.users.admin!.email);
    const r = await as(t, admin)({ method: 'PATCH', url: `/api/v1/users/${w.users.admin!.id}`, payload: { roles: ['practitioner'] } });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, 'last-admin');
    const d = await as(t, admin)({ method: 'POST', url: `/api/v1/users/${w.users.admin!.id}/deactivate` });
    assert.equal(d.statusCode, 409);
  });

  test('admin resets a user\'s MFA: their sessions end and they must enrol again', async () => {
    const sl = await signIn(t, w.users['safeguarding-lead']!.email);
    const admin = await signIn(t, w.users.admin!.email);
    const r = await as(t, admin)({ method: 'POST', url: `/api/v1/users/${w.users['safeguarding-lead']!.id}/reset-mfa` });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().user.totpEnabled, false);
    assert.equal((await as(t, sl)({ method: 'GET', url: '/api/v1/auth/session' })).statusCode, 401);
    const l = await login(w.users['safeguarding-lead']!.email, PASSWORD, '10.0.9.1');
    assert.equal(l.json().stage, 'enrol');
  });
});

test('password policy: short and common rejected, 128 characters and unicode accepted, 129 rejected', () => {
  assert.ok(passwordProblem('Sh0rt!'));
  assert.ok(passwordProblem('password123456'));
  assert.ok(passwordProblem('qwertyuiopasdf'));
  assert.ok(passwordProblem('123456789012'));
  const long = 'k7#Lq9!vZ2@w'.repeat(10) + 'Xy4$Pm8%';
  assert.equal([...long].length, 128);
  assert.equal(passwordProblem(long), undefined);
  assert.ok(passwordProblem(long + 'a'));
  assert.equal(passwordProblem('çà et là, sous un ciel d’étoiles 🌟'), undefined);
});

test('argon2id with the production parameters is the stored format', async () => {
  const h = await hashPassword('k7#Lq9!vZ2@w'.repeat(10) + 'Xy4$Pm8%', PRODUCTION_ARGON2);
  assert.match(h, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
});

void json;
