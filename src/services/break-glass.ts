// Break-glass: a safeguarding lead opens a client record they are not assigned to, in an emergency. It needs a
// written reason (sealed with the client's key: it may mention case facts), a fresh re-authentication, lasts a
// limited time, is audited, and alerts the assigned practitioner and every DPO (ARCHITECTURE "Security model").
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { addMinutes, newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, loadClient } from './authorize.js';
import { parseRoles } from './sessions.js';
import type { RequestMeta } from './auth.js';

export const MIN_REASON = 20;

export async function openBreakGlass(ctx: AppContext, p: Principal, clientId: string, reason: string, meta: RequestMeta): Promise<{ expiresAt: string }> {
  const c = await loadClient(ctx, ctx.store.db, p, clientId);
  await authorize(ctx, p, 'breakglass.open', c, { clientId, targetType: 'break-glass' });
  if (reason.trim().length < MIN_REASON) {
    throw new AppError('validation', `Give a reason of at least ${MIN_REASON} characters.`, { errors: [{ path: 'reason', message: `At least ${MIN_REASON} characters.` }] });
  }
  const now = ctx.now();
  if (!p.reauthAt || now.getTime() - Date.parse(p.reauthAt) > ctx.reauthMinutes * 60_000) {
    await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'breakglass.open', outcome: 'denied', clientId, targetType: 'break-glass', reason: 'reauth-required' });
    throw new AppError('reauth-required');
  }
  const id = newId();
  const expiresAt = addMinutes(now, ctx.breakGlassMinutes).toISOString();
  const nowIso = now.toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const reasonEnc = await ctx.keyring.sealForClient(trx, clientId, reason, `break-glass:${clientId}:${id}`);
    await trx.insertInto('break_glass').values({ id, org_id: p.orgId, user_id: p.userId, client_id: clientId, reason_enc: reasonEnc, created_at: nowIso, expires_at: expiresAt, ended_at: null }).execute();
    const dpos = (await trx.selectFrom('users').select(['id', 'roles']).where('org_id', '=', p.orgId).where('active', '=', 1).execute()).filter((u) => parseRoles(u.roles).includes('dpo')).map((u) => u.id);
    const recipients = new Set<string>(dpos);
    if (c!.practitionerId) recipients.add(c!.practitionerId);
    recipients.delete(p.userId);
    // The message names the reference only: no names, no reason text (which may hold case facts).
    const message = `${p.displayName} (safeguarding lead) opened the record of client ${c!.reference} by break-glass until ${expiresAt}.`;
    for (const userId of recipients) {
      await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: userId, kind: 'break-glass', client_id: clientId, message, created_at: nowIso, read_at: null }).execute();
    }
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'breakglass.open', outcome: 'success', clientId, targetType: 'break-glass', targetId: id, details: { expiresAt, notified: recipients.size } });
  });
  return { expiresAt };
}
