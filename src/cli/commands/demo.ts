// `confidant demo`: loads a clearly fictional demo organisation with one user per role and a few synthetic
// clients with notes, so that the product can be tried at once. The demo passwords and TOTP secrets are fixed
// and printed: never use a demo installation for real people.
import { join } from 'node:path';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../io.js';
import type { Config } from '../../config.js';
import type { AppContext } from '../../services/context.js';
import type { Role } from '../../access/index.js';
import type { ClientProfile } from '../../services/clients.js';

export const DEMO_ORG = 'Demo — Riverside Wellbeing (fictional)';

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  roles: Role[];
  password: string;
  totpSecret?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { key: 'practitioner', email: 'priya.practitioner@riverside.example', displayName: 'Priya Practitioner', roles: ['practitioner'], password: 'demo-practitioner-river-2026' },
  { key: 'practitioner2', email: 'sam.practitioner@riverside.example', displayName: 'Sam Practitioner', roles: ['practitioner'], password: 'demo-practitioner-bridge-2026' },
  { key: 'supervisor', email: 'morgan.supervisor@riverside.example', displayName: 'Morgan Supervisor', roles: ['supervisor'], password: 'demo-supervisor-willow-2026' },
  { key: 'safeguarding-lead', email: 'lee.safeguarding@riverside.example', displayName: 'Lee Safeguarding', roles: ['safeguarding-lead'], password: 'demo-safeguarding-heron-2026', totpSecret: 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA' },
  { key: 'admin', email: 'alex.admin@riverside.example', displayName: 'Alex Admin', roles: ['admin'], password: 'demo-admin-kingfisher-2026', totpSecret: 'JVQXE3DJNZSWKIDBMRWWS3RAORXXI4BA' },
  { key: 'dpo', email: 'dana.dpo@riverside.example', displayName: 'Dana DPO', roles: ['dpo'], password: 'demo-dpo-otter-2026' },
];

// Synthetic people: invented names, example.org addresses, Ofcom drama-range phone numbers.
const DEMO_CLIENTS: { owner: string; profile: ClientProfile; jurisdiction: string; notes: string[] }[] = [
  { owner: 'practitioner', jurisdiction: 'GB-ENG', profile: { name: 'Jordan Ashby-Fictional', preferredName: 'Jo', dateOfBirth: '1994-03-12', email: 'jordan@example.org', phone: '07700 900123', language: 'en' }, notes: ['First session. Explained the limits of confidentiality using the organisation statement; Jo summarised them back accurately.', 'Career change: exploring a move from retail management into teaching. Agreed to research PGCE routes before next time.'] },
  { owner: 'practitioner', jurisdiction: 'GB-ENG', profile: { name: 'Casey Rivera-Demo', preferredName: null, dateOfBirth: '1987-11-02', email: null, phone: '07700 900456', language: 'en' }, notes: ['Workplace conflict with a colleague over shift patterns. No risk indicators. Discussed options including speaking to HR.'] },
  { owner: 'practitioner', jurisdiction: 'GB-WLS', profile: { name: 'Morgan Ellis-Sample', preferredName: 'Mo', dateOfBirth: '2001-06-30', email: 'mo@example.org', phone: null, language: 'cy' }, notes: ['Graduate unsure about next steps. Building a skills inventory together.', 'Follow-up: applied for two apprenticeships; feeling more confident.'] },
  { owner: 'practitioner2', jurisdiction: 'GB-ENG', profile: { name: 'Taylor Brook-Invented', preferredName: null, dateOfBirth: '1979-01-21', email: 'taylor@example.org', phone: null, language: 'en' }, notes: ['Redundancy support. Reviewed CV and transferable skills.'] },
  { owner: 'practitioner2', jurisdiction: 'GB-SCT', profile: { name: 'Riley Quinn-Madeup', preferredName: 'Riley', dateOfBirth: '1999-09-09', email: null, phone: '07700 900789', language: 'en' }, notes: ['Returning to study after a long illness; discussed reasonable adjustments.'] },
];

async function loadDemo(ctx: AppContext): Promise<void> {
  const [{ newId, newReference, newRecoveryCode, normaliseRecoveryCode, sha256 }, { hashPassword }, { profileAad }, { noteAad }] = await Promise.all([
    import('../../services/ids.js'), import('../../services/passwords.js'), import('../../services/clients.js'), import('../../services/notes.js'),
  ]);
  const now = ctx.now().toISOString();
  const orgId = newId();
  const ids = new Map<string, string>();
  const users: { id: string; u: DemoUser; hash: string }[] = [];
  for (const u of DEMO_USERS) users.push({ id: newId(), u, hash: await hashPassword(u.password, ctx.argon2) });
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('organisations').values({ id: orgId, name: DEMO_ORG, settings: JSON.stringify({ demo: true }), created_at: now }).execute();
    await trx.insertInto('confidant_meta').values({ key: 'setup', value: now }).onConflict((oc) => oc.column('key').doNothing()).execute();
    for (const { id, u, hash } of users) {
      ids.set(u.key, id);
      const totp = u.totpSecret ? await ctx.keyring.sealSystem(trx, u.totpSecret, `totp:${id}`) : null;
      const codes = u.totpSecret ? JSON.stringify(Array.from({ length: 10 }, () => sha256(normaliseRecoveryCode(newRecoveryCode())))) : null;
      await trx
        .insertInto('users')
        .values({ id, org_id: orgId, email: u.email, display_name: u.displayName, password_hash: hash, roles: JSON.stringify(u.roles), active: 1, totp_secret_enc: totp, totp_enabled: totp ? 1 : 0, recovery_codes: codes, password_changed_at: now, created_at: now, deactivated_at: null })
        .execute();
      await ctx.audit.append(trx, { orgId, actorId: 'cli', action: 'user.create', outcome: 'success', targetType: 'user', targetId: id, details: { roles: u.roles.join(','), demo: true } });
    }
    for (const c of DEMO_CLIENTS) {
      const id = newId();
      const practitionerId = ids.get(c.owner)!;
      await trx.insertInto('clients').values({ id, org_id: orgId, practitioner_id: practitionerId, profile_enc: 'pending', jurisdiction: c.jurisdiction, status: 'active', legal_hold: 0, created_by: practitionerId, created_at: now, updated_at: now, erased_at: null, reference: newReference() }).execute();
      await ctx.keyring.createClientKey(trx, id, now);
      await trx.updateTable('clients').set({ profile_enc: await ctx.keyring.sealForClient(trx, id, JSON.stringify(c.profile), profileAad(id)) }).where('id', '=', id).execute();
      await ctx.audit.append(trx, { orgId, actorId: practitionerId, actorRoles: ['practitioner'], action: 'client.create', outcome: 'success', clientId: id, targetType: 'client', targetId: id, details: { demo: true } });
      for (const text of c.notes) {
        const noteId = newId();
        await trx.insertInto('notes').values({ id: noteId, client_id: id, author_id: practitionerId, version: 1, body_enc: await ctx.keyring.sealForClient(trx, id, text, noteAad(id, noteId)), created_at: now, updated_at: now }).execute();
        await ctx.audit.append(trx, { orgId, actorId: practitionerId, actorRoles: ['practitioner'], action: 'note.create', outcome: 'success', clientId: id, targetType: 'note', targetId: noteId, details: { demo: true } });
      }
    }
  });
}

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(`Load the fictional demo organisation "${DEMO_ORG}" (one user per role, synthetic clients and notes).`)
    .option('--force-new-data-dir', 'when the configured installation already has users, put the demo in a new data folder beside it instead')
    .action(async (opts: { forceNewDataDir?: boolean }) => {
      const { cliConfig } = await import('./installation.js');
      const { loadConfig } = await import('../../config.js');
      const { createContext } = await import('../../services/context.js');
      let config: Config = cliConfig();
      let ctx = await createContext(config).catch((err: Error) => {
        throw new CliExit(1, `confidant demo: ${err.message}`);
      });
      let envHint = '';
      try {
        const orgs = await ctx.store.db.selectFrom('organisations').select('name').execute();
        const users = await ctx.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (orgs.length === 1 && orgs[0]!.name === DEMO_ORG) {
          io.stdout.write('The demo organisation is already loaded here.\n');
        } else if (users) {
          if (!opts.forceNewDataDir || config.database.kind !== 'sqlite') {
            throw new CliExit(1, `confidant demo: this installation (${config.dataDir}) already has real users; refusing to mix in demo data.\nUse another data folder, e.g.  CONFIDANT_DATA_DIR=./demo-data npx confidant demo  (or pass --force-new-data-dir).`);
          }
          const dir = join(config.dataDir, '..', `confidant-demo-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}`);
          await ctx.close();
          config = loadConfig({ CONFIDANT_DATA_DIR: dir, CONFIDANT_LOG_LEVEL: config.logLevel, CONFIDANT_PORT: String(config.port), CONFIDANT_HOST: config.host });
          ctx = await createContext(config);
          envHint = `CONFIDANT_DATA_DIR=${dir} `;
          await loadDemo(ctx);
        } else {
          await loadDemo(ctx);
        }
      } finally {
        await ctx.close();
      }
      const lines = [
        `Demo organisation: ${DEMO_ORG}. Everyone and everything in it is fictional.`,
        '',
        `Start the server:  ${envHint}npx confidant serve   then open http://localhost:${config.port}`,
        '',
        'Sign in as (email / password):',
        ...DEMO_USERS.map((u) => `  ${u.roles.join(',').padEnd(18)} ${u.email.padEnd(40)} ${u.password}${u.totpSecret ? `   TOTP secret ${u.totpSecret}` : ''}`),
        '',
        'Admins and safeguarding leads also need a TOTP code: add the secret above to an authenticator app',
        '(or run: node -e "import(\'otpauth\').then(o=>console.log(new o.TOTP({secret:o.Secret.fromBase32(process.argv[1])}).generate()))" SECRET).',
        '',
      ];
      io.stdout.write(lines.join('\n'));
    });
}
