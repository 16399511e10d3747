// The bridge between the services and src/access: loads what the decision needs (the client's
// assignment, an active break-glass for this actor), asks the pure policy, and on refusal writes one
// `access.denied` audit record and throws the vague error the policy prescribes.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { decide, type Action, type ClientResource, type Resource } from '../access/index.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { actorOf, type Principal } from './principal.js';
import { fastClient } from './fast-reads.js';

type Q = Kysely<Database> | Transaction<Database>;

export interface LoadedClient extends ClientResource {
  id: string;
  reference: string;
  breakGlassExpiresAt: string | null;
  profileEnc: string;
  jurisdiction: string | null;
  createdAt: string;
}

export async function loadClient(ctx: AppContext, db: Q, p: Principal, clientId: string): Promise<LoadedClient | undefined> {
  // Outside a transaction, the hot-path read; inside one (db is a Transaction), always the transaction's view.
  const fast = db === ctx.store.db ? fastClient(ctx, clientId) : undefined;
  const row = fast !== undefined
    ? (fast ?? undefined)
    : await db
        .selectFrom('clients')
        .select(['id', 'org_id', 'practitioner_id', 'status', 'reference', 'profile_enc', 'jurisdiction', 'created_at'])
        .where('id', '=', clientId)
        .executeTakeFirst();
  if (!row) return undefined;
  let breakGlassExpiresAt: string | null = null;
  if (p.roles.includes('safeguarding-lead')) {
    const now = ctx.now().toISOString();
    const bg = await db
      .selectFrom('break_glass')
      .select((eb) => eb.fn.max('expires_at').as('expires_at'))
      .where('user_id', '=', p.userId)
      .where('client_id', '=', clientId)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    breakGlassExpiresAt = (bg?.expires_at as string | null | undefined) ?? null;
  }
  return {
    kind: 'client',
    id: row.id,
    orgId: row.org_id,
    practitionerId: row.practitioner_id,
    status: row.status,
    reference: row.reference ?? '',
    breakGlassActive: breakGlassExpiresAt !== null,
    breakGlassExpiresAt,
    profileEnc: row.profile_enc,
    jurisdiction: row.jurisdiction,
    createdAt: row.created_at,
  };
}

/** Decides; on refusal records the denial (without content) and throws. Returns how access was granted. */
export async function authorize(ctx: AppContext, p: Principal, action: Action, resource: Resource | undefined, target?: { clientId?: string; targetType?: string; targetId?: string }): Promise<string> {
  const res: Resource = resource ?? { kind: 'client', orgId: '', practitionerId: null, status: 'missing', breakGlassActive: false };
  const d = decide(p, action, res);
  if (d.allowed) return d.via;
  await ctx.audit.record({
    ...actorOf(p),
    action: 'access.denied',
    outcome: 'denied',
    clientId: resource && resource.kind === 'client' ? (target?.clientId ?? null) : null,
    targetType: target?.targetType ?? null,
    targetId: target?.targetId ?? null,
    reason: resource ? 'policy' : 'not-found',
    details: { attempted: action },
  });
  throw new AppError(d.denial === 'not-found' ? 'not-found' : 'forbidden');
}

export function orgResource(p: Principal): Resource {
  return { kind: 'org', orgId: p.orgId };
}
