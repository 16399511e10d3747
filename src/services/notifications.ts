// In-app notifications (never case content: references and facts about access only).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  clientId: string | null;
  createdAt: string;
  readAt: string | null;
}

export async function listNotifications(ctx: AppContext, p: Principal): Promise<NotificationView[]> {
  await authorize(ctx, p, 'notification.use', orgResource(p));
  const rows = await ctx.store.db.selectFrom('notifications').selectAll().where('user_id', '=', p.userId).orderBy('created_at', 'desc').limit(200).execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, message: r.message, clientId: r.client_id, createdAt: r.created_at, readAt: r.read_at }));
}

export async function markNotificationRead(ctx: AppContext, p: Principal, id: string): Promise<void> {
  await authorize(ctx, p, 'notification.use', orgResource(p));
  const r = await ctx.store.db.updateTable('notifications').set({ read_at: ctx.now().toISOString() }).where('id', '=', id).where('user_id', '=', p.userId).where('read_at', 'is', null).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const exists = await ctx.store.db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', p.userId).executeTakeFirst();
    if (!exists) throw new AppError('not-found');
  }
}
