// `confidant users list|create|deactivate`: account administration from the command line (for recovery,
// e.g. when the only administrator is locked out). Every change is audited with actor "cli".
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import type { AppContext } from '../../services/context.js';
import { ROLES, type Role } from '../../access/policy.js';

async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const [{ cliConfig }, { createContext }] = await Promise.all([import('./installation.js'), import('../../services/context.js')]);
  const ctx = await createContext(cliConfig(), { migrate: false }).catch((err: Error) => {
    throw new CliExit(1, `confidant users: ${err.message}`);
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

export function registerUsers(program: Command, io: CliIo): void {
  const users = program.command('users').description('List, create and deactivate user accounts.');

  users
    .command('list')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) =>
      withContext(async (ctx) => {
        const { parseRoles } = await import('../../services/sessions.js');
        const rows = await ctx.store.db.selectFrom('users').select(['id', 'email', 'display_name', 'roles', 'active', 'totp_enabled', 'last_sign_in_at']).orderBy('email').execute();
        if (opts.json) {
          io.stdout.write(JSON.stringify(rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, roles: parseRoles(r.roles), active: r.active === 1, totpEnabled: r.totp_enabled === 1, lastSignInAt: r.last_sign_in_at }))) + '\n');
          return;
        }
        for (const r of rows) io.stdout.write(`${r.email.padEnd(36)} ${parseRoles(r.roles).join(',').padEnd(30)} ${r.active === 1 ? 'active' : 'deactivated'}${r.totp_enabled === 1 ? ', TOTP' : ''}\n`);
      }),
    );

  users
    .command('create')
    .requiredOption('--email <email>')
    .requiredOption('--roles <roles>', `comma-separated: ${ROLES.join(', ')}`)
    .option('--display-name <name>')
    .action(async (opts: { email: string; roles: string; displayName?: string }) => {
      const { newId } = await import('../../services/ids.js');
      const { hashPassword, temporaryPassword } = await import('../../services/passwords.js');
      const { normaliseEmail } = await import('../../services/auth.js');
      const roles = opts.roles.split(',').map((r) => r.trim()) as Role[];
      const bad = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (bad.length || roles.length === 0) throw new CliExit(2, `confidant users create: unknown role(s) ${bad.join(', ')}; choose from ${ROLES.join(', ')}`);
      await withContext(async (ctx) => {
        const org = await ctx.store.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
        if (!org) throw new CliExit(1, 'confidant users create: run `confidant setup` first.');
        const email = normaliseEmail(opts.email);
        if (await ctx.store.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw new CliExit(1, `confidant users create: ${email} already exists.`);
        const temp = temporaryPassword();
        const id = newId();
        const now = ctx.now().toISOString();
        const hash = await hashPassword(temp, ctx.argon2);
        await ctx.store.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({ id, org_id: org.id, email, display_name: opts.displayName ?? email.split('@')[0]!, password_hash: hash, roles: JSON.stringify(roles), active: 1, totp_secret_enc: null, totp_enabled: 0, recovery_codes: null, password_changed_at: now, created_at: now, deactivated_at: null, must_change_password: 1 })
            .execute();
          await ctx.audit.append(trx, { orgId: org.id, actorId: 'cli', action: 'user.create', outcome: 'success', targetType: 'user', targetId: id, details: { roles: roles.join(',') } });
        });
        io.stdout.write(`Created ${email} (${roles.join(', ')}). Temporary password: ${temp}\nThey must change it at first sign-in.\n`);
      });
    });

  users
    .command('deactivate')
    .requiredOption('--email <email>')
    .action(async (opts: { email: string }) =>
      withContext(async (ctx) => {
        const { revokeUserSessions } = await import('../../services/sessions.js');
        const { normaliseEmail } = await import('../../services/auth.js');
        const email = normaliseEmail(opts.email);
        const u = await ctx.store.db.selectFrom('users').select(['id', 'org_id']).where('email', '=', email).executeTakeFirst();
        if (!u) throw new CliExit(1, `confidant users deactivate: no user ${email}.`);
        await ctx.store.db.transaction().execute(async (trx) => {
          await trx.updateTable('users').set({ active: 0, deactivated_at: ctx.now().toISOString() }).where('id', '=', u.id).execute();
          const n = await revokeUserSessions(ctx, trx, u.id);
          await ctx.audit.append(trx, { orgId: u.org_id, actorId: 'cli', action: 'user.deactivate', outcome: 'success', targetType: 'user', targetId: u.id, details: { sessionsEnded: n } });
        });
        io.stdout.write(`Deactivated ${email}; their sessions have ended.\n`);
      }),
    );
}
