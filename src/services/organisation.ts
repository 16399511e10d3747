// Organisation name and settings (no client content).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';
import type { RequestMeta } from './auth.js';

export type Settings = Record<string, string | number | boolean | null>;

export interface OrganisationView {
  id: string;
  name: string;
  settings: Settings;
}

export async function getOrganisation(ctx: AppContext, p: Principal): Promise<OrganisationView> {
  await authorize(ctx, p, 'organisation.read', orgResource(p));
  const o = await ctx.store.db.selectFrom('organisations').selectAll().where('id', '=', p.orgId).executeTakeFirst();
  if (!o) throw new AppError('not-found');
  return { id: o.id, name: o.name, settings: JSON.parse(o.settings) as Settings };
}

export async function updateOrganisation(ctx: AppContext, p: Principal, input: { name?: string; settings?: Settings }, meta: RequestMeta): Promise<OrganisationView> {
  await authorize(ctx, p, 'organisation.update', orgResource(p));
  await ctx.store.db.transaction().execute(async (trx) => {
    const o = await trx.selectFrom('organisations').selectAll().where('id', '=', p.orgId).executeTakeFirstOrThrow();
    const settings = input.settings ? { ...(JSON.parse(o.settings) as Settings), ...input.settings } : undefined;
    const set = { ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(settings ? { settings: JSON.stringify(settings) } : {}) };
    if (Object.keys(set).length) await trx.updateTable('organisations').set(set).where('id', '=', p.orgId).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'organisation.update', outcome: 'success', targetType: 'organisation', targetId: p.orgId, details: { fields: Object.keys(input).join(',') } });
  });
  return getOrganisation(ctx, p);
}
