// The DPO's view of the audit log: query, verify, export. Looking at the log is itself audited.
import { auditCheckpointFile, type AppContext } from './context.js';
import { toFhirBundle, toJsonLine, verifyAudit, type AuditQuery } from '../audit/index.js';
import type { AuditRow } from '../store/schema.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';
import type { RequestMeta } from './auth.js';

export interface AuditRecordView {
  seq: number;
  at: string;
  actorId: string | null;
  /** The staff member's display name (staff names are not client content; the DPO needs to see who). */
  actorName: string | null;
  actorRoles: string[] | null;
  action: string;
  outcome: string;
  clientId: string | null;
  /** The client's non-identifying reference (never a name). */
  clientReference: string | null;
  targetType: string | null;
  targetId: string | null;
  reason: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  hash: string;
}

export function auditView(r: AuditRow, names: Map<string, string> = new Map(), references: Map<string, string> = new Map()): AuditRecordView {
  return {
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_id ? names.get(r.actor_id) ?? null : null,
    actorRoles: r.actor_roles ? (JSON.parse(r.actor_roles) as string[]) : null,
    action: r.action,
    outcome: r.outcome,
    clientId: r.client_id,
    clientReference: r.client_id ? references.get(r.client_id) ?? null : null,
    targetType: r.target_type,
    targetId: r.target_id,
    reason: r.reason,
    ip: r.ip,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
    hash: r.hash,
  };
}

export async function queryAudit(ctx: AppContext, p: Principal, q: Omit<AuditQuery, 'orgId'>, meta: RequestMeta): Promise<{ records: AuditRecordView[]; nextBefore: number | null }> {
  await authorize(ctx, p, 'audit.read', orgResource(p));
  const r = await ctx.audit.query({ ...q, orgId: p.orgId });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'audit.query', outcome: 'success', targetType: 'audit', details: { results: r.records.length, byClient: Boolean(q.clientId), byActor: Boolean(q.actorId) } });
  // One look-up each for the page's staff names and client references.
  const actorIds = [...new Set(r.records.map((x) => x.actor_id).filter((x): x is string => x !== null))];
  const clientIds = [...new Set(r.records.map((x) => x.client_id).filter((x): x is string => x !== null))];
  const names = new Map(actorIds.length ? (await ctx.store.db.selectFrom('users').select(['id', 'display_name']).where('org_id', '=', p.orgId).where('id', 'in', actorIds).execute()).map((u) => [u.id, u.display_name] as const) : []);
  const references = new Map(clientIds.length ? (await ctx.store.db.selectFrom('clients').select(['id', 'reference']).where('org_id', '=', p.orgId).where('id', 'in', clientIds).execute()).filter((c) => c.reference !== null).map((c) => [c.id, c.reference as string] as const) : []);
  return { records: r.records.map((x) => auditView(x, names, references)), nextBefore: r.nextBefore };
}

export async function verifyAuditLog(ctx: AppContext, p: Principal, meta: RequestMeta) {
  await authorize(ctx, p, 'audit.read', orgResource(p));
  await ctx.audit.drain();
  const r = await verifyAudit(ctx.store, { ...(ctx.audit.signer ? { publicKey: ctx.audit.signer.publicKey } : {}), checkpointFile: auditCheckpointFile(ctx.config) });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'audit.verify', outcome: 'success', targetType: 'audit', details: { ok: r.ok, records: r.records } });
  return { ok: r.ok, records: r.records, checkpoints: r.checkpoints, ...(r.firstBad ? { firstBad: r.firstBad } : {}) };
}

export async function exportAudit(ctx: AppContext, p: Principal, q: { format: 'jsonl' | 'fhir'; from?: string; to?: string }, meta: RequestMeta): Promise<{ contentType: string; body: string }> {
  await authorize(ctx, p, 'audit.read', orgResource(p));
  const rows: AuditRow[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await ctx.audit.query({ orgId: p.orgId, from: q.from, to: q.to, before, limit: 1000 });
    rows.push(...page.records);
    if (page.nextBefore === null) break;
    before = page.nextBefore;
  }
  rows.reverse();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'audit.export', outcome: 'success', targetType: 'audit', details: { format: q.format, records: rows.length } });
  if (q.format === 'fhir') return { contentType: 'application/fhir+json', body: JSON.stringify(toFhirBundle(rows, ctx.now())) };
  return { contentType: 'application/x-ndjson', body: rows.map(toJsonLine).join('\n') + (rows.length ? '\n' : '') };
}
