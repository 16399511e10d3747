// Escalation (issue 7 item 4; PRACTICE B4): a concern escalated with an urgency goes to the organisation's
// safeguarding leads. Leads see a queue (most urgent, then oldest first), read the escalated concern (that
// concern only — not the rest of the record, unless they open it by break-glass), ask the practitioner
// questions in a thread, and decide (outcome and reason). Every lead is notified in-app; urgent and immediate
// escalations are also e-mailed when SMTP is configured. The e-mail carries no client content, is sent after
// the transaction has committed, and a failure is recorded (never losing the escalation) and logged without content.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { authorize, orgResource } from './authorize.js';
import { check, sealJson, type Q } from './case-common.js';
import { concernClient, concernView, isEscalated, loadConcern, type ConcernView } from './concerns.js';
import { parseRoles } from './sessions.js';
import { mailerFor } from './mailer.js';
import { DECISION_OUTCOMES, URGENCY_LEVELS, needsEmail, orderQueue, type DecisionOutcome, type EscalationUrgency } from '../domain/concerns/index.js';

export interface EscalateInput {
  urgency: EscalationUrgency;
  /** A note for the lead: why it is escalated, what is needed. */
  note?: string | null;
}

export interface QueueItem {
  id: string;
  clientId: string;
  clientReference: string;
  kind: string;
  verdict: string;
  urgency: string;
  escalatedAt: string;
  raisedBy: string;
  raisedByName: string;
  messages: number;
  /** Who the thread waits on: the lead (no question yet, or the practitioner answered last) or the practitioner. */
  waitingOn: 'lead' | 'practitioner';
}

const URGENCY_WORDS: Record<EscalationUrgency, string> = { immediate: 'An immediate', urgent: 'An urgent', soon: 'A', routine: 'A routine' };

async function leadsOf(db: Q, orgId: string): Promise<{ id: string; email: string }[]> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'roles']).where('org_id', '=', orgId).where('active', '=', 1).execute();
  return rows.filter((u) => parseRoles(u.roles).includes('safeguarding-lead')).map((u) => ({ id: u.id, email: u.email }));
}

const pending = new Set<Promise<void>>();
/** Resolves when every e-mail started so far has been sent or has failed (tests; graceful shutdown). */
export async function settleEscalationMail(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending]);
}

/** E-mails the leads after the commit. Only a fixed notice and a link: no client name, reference or content. */
function mailLeads(ctx: AppContext, concernId: string, clientId: string, urgency: EscalationUrgency, to: string[], actor: Principal): void {
  const mailer = mailerFor(ctx.config);
  if (!mailer || !to.length) return;
  const base = (ctx.config.publicUrl ?? '').replace(/\/$/, '');
  const link = `${base}/escalations/${concernId}`;
  const job = (async () => {
    let outcome: 'sent' | 'failed' = 'sent';
    try {
      await mailer.send({
        to,
        subject: `${URGENCY_WORDS[urgency]} concern awaits a safeguarding lead`,
        text: `${URGENCY_WORDS[urgency]} concern has been escalated to the safeguarding leads and awaits you.\n\nOpen it in Confidant (sign-in required):\n${link}\n\nThis message deliberately contains no details about the client or the concern.\n`,
      });
    } catch (err) {
      outcome = 'failed';
      // The error's code only: a server reply could echo addresses, never client content, but keep it minimal.
      ctx.logger.warn({ event: 'escalation.email.failed', concernId, code: (err as { code?: string }).code ?? 'unknown' }, 'escalation e-mail could not be sent');
    }
    try {
      await ctx.store.db.updateTable('concerns').set({ email_status: outcome }).where('id', '=', concernId).execute();
      await ctx.audit.record({ ...actorOf(actor), action: 'concern.escalate.email', outcome: outcome === 'sent' ? 'success' : 'failure', clientId, targetType: 'concern', targetId: concernId, details: { recipients: to.length } });
    } catch (err) {
      ctx.logger.warn({ event: 'escalation.email.record-failed', concernId, code: (err as { code?: string }).code ?? 'unknown' }, 'could not record the e-mail outcome');
    }
  })();
  pending.add(job);
  void job.finally(() => pending.delete(job));
}

export async function escalateConcern(ctx: AppContext, p: Principal, clientId: string, concernId: string, input: EscalateInput, meta: RequestMeta): Promise<ConcernView> {
  const { client } = await concernClient(ctx, p, clientId, 'concern.write', concernId);
  if (!URGENCY_LEVELS.includes(input.urgency)) check([{ path: 'urgency', message: `Choose how urgent it is: ${URGENCY_LEVELS.join(', ')}.` }]);
  const note = (input.note ?? '').trim();
  const iso = ctx.now().toISOString();
  const emailing = needsEmail(input.urgency) && Boolean(ctx.config.smtpUrl);
  let leads: { id: string; email: string }[] = [];
  await ctx.store.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('concerns').select(['id', 'status']).where('id', '=', concernId).where('client_id', '=', clientId).executeTakeFirst();
    if (!r) throw new AppError('not-found');
    if (r.status !== 'open') throw new AppError('conflict', 'This concern has already been escalated.');
    leads = (await leadsOf(trx, p.orgId)).filter((l) => l.id !== p.userId);
    await trx
      .updateTable('concerns')
      .set({ status: 'escalated', urgency: input.urgency, escalated_at: iso, escalated_by: p.userId, escalation_sealed: note ? await sealJson(ctx, trx, clientId, 'concern-escalation', concernId, note) : null, email_status: needsEmail(input.urgency) ? (emailing ? 'pending' : 'not-configured') : null, updated_at: iso })
      .where('id', '=', concernId)
      .execute();
    // The notice names the reference (not identifying) and the urgency: no case content.
    // No client id on the leads' notices: an escalation opens the concern (from the queue), not the record.
    const message = `${URGENCY_WORDS[input.urgency]} concern about client ${client.reference} was escalated to the safeguarding leads: open it from the escalated concerns on your Safeguarding page.`;
    for (const l of leads) {
      await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: l.id, kind: 'escalation', client_id: null, message, created_at: iso, read_at: null }).execute();
    }
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'concern.escalate', outcome: 'success', clientId, targetType: 'concern', targetId: concernId, details: { urgency: input.urgency, notified: leads.length, email: emailing } });
  });
  if (emailing) mailLeads(ctx, concernId, clientId, input.urgency, leads.map((l) => l.email), p);
  return concernView(ctx, (await loadConcern(ctx, clientId, concernId))!, client.reference);
}

/** The lead's queue: open escalations of the organisation, most urgent first, then oldest. No client content. */
export async function escalationQueue(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<QueueItem[]> {
  await authorize(ctx, p, 'escalation.queue', orgResource(p));
  const rows = await ctx.store.db
    .selectFrom('concerns')
    .innerJoin('clients', 'clients.id', 'concerns.client_id')
    .leftJoin('users', 'users.id', 'concerns.raised_by')
    .select(['concerns.id', 'concerns.client_id', 'clients.reference', 'clients.status as client_status', 'concerns.kind', 'concerns.verdict', 'concerns.urgency', 'concerns.escalated_at', 'concerns.raised_by', 'users.display_name'])
    .where('concerns.organisation_id', '=', p.orgId)
    .where('concerns.status', '=', 'escalated')
    .execute();
  const live = rows.filter((r) => r.client_status !== 'erased');
  const ids = live.map((r) => r.id);
  const msgs = ids.length ? await ctx.store.db.selectFrom('concern_messages').select(['concern_id', 'author_role', 'created_at', 'id']).where('concern_id', 'in', ids).orderBy('created_at').orderBy('id').execute() : [];
  const byConcern = new Map<string, { n: number; last: string }>();
  for (const m of msgs) byConcern.set(m.concern_id, { n: (byConcern.get(m.concern_id)?.n ?? 0) + 1, last: m.author_role });
  const items: QueueItem[] = live.map((r) => {
    const m = byConcern.get(r.id);
    return {
      id: r.id,
      clientId: r.client_id,
      clientReference: r.reference ?? '',
      kind: r.kind,
      verdict: r.verdict,
      urgency: r.urgency ?? 'routine',
      escalatedAt: r.escalated_at ?? '',
      raisedBy: r.raised_by,
      raisedByName: r.display_name ?? '',
      messages: m?.n ?? 0,
      waitingOn: m?.last === 'lead' ? 'practitioner' : 'lead',
    };
  });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'escalation.queue', outcome: 'success', targetType: 'concern', details: { count: items.length } });
  return orderQueue(items);
}

/** The concern behind an escalation id, with access decided for `action` (404 alike for missing and not yours). */
async function escalated(ctx: AppContext, p: Principal, concernId: string, action: 'escalation.message' | 'escalation.decide') {
  const r = await ctx.store.db.selectFrom('concerns').selectAll().where('id', '=', concernId).where('organisation_id', '=', p.orgId).executeTakeFirst();
  if (!r) {
    await authorize(ctx, p, action, undefined, { targetType: 'concern', targetId: concernId });
    throw new AppError('not-found');
  }
  const { client } = await concernClient(ctx, p, r.client_id, action, concernId, isEscalated(r));
  if (!isEscalated(r)) throw new AppError('not-found');
  return { r, client };
}

/** A question from a lead, or the practitioner's answer, in the escalation's thread (sealed with the client's key). */
export async function postEscalationMessage(ctx: AppContext, p: Principal, concernId: string, input: { body: string }, meta: RequestMeta): Promise<ConcernView> {
  const { r, client } = await escalated(ctx, p, concernId, 'escalation.message');
  const body = (input.body ?? '').trim();
  if (body.length < 2) check([{ path: 'body', message: 'Write your question or answer.' }]);
  if (r.status !== 'escalated') throw new AppError('conflict', 'This escalation has been decided; the thread is closed.');
  const asPractitioner = p.roles.includes('practitioner') && client.practitionerId === p.userId;
  const role = asPractitioner ? 'practitioner' : 'lead';
  const id = newId();
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.insertInto('concern_messages').values({ id, concern_id: concernId, client_id: r.client_id, author_id: p.userId, author_role: role, body_sealed: await sealJson(ctx, trx, r.client_id, 'concern-message', id, body), created_at: iso }).execute();
    await trx.updateTable('concerns').set({ updated_at: iso }).where('id', '=', concernId).execute();
    const to = role === 'lead' ? [client.practitionerId ?? r.raised_by] : (await leadsOf(trx, p.orgId)).map((l) => l.id);
    const message = role === 'lead'
      ? `A safeguarding lead asked a question about the concern you escalated for client ${client.reference}.`
      : `The practitioner answered on the escalated concern for client ${client.reference}.`;
    for (const u of new Set(to.filter((x) => x && x !== p.userId))) {
      await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: u, kind: 'escalation-message', client_id: role === 'lead' ? r.client_id : null, message, created_at: iso, read_at: null }).execute();
    }
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'escalation.message', outcome: 'success', clientId: r.client_id, targetType: 'concern', targetId: concernId, details: { role } });
  });
  return concernView(ctx, (await loadConcern(ctx, r.client_id, concernId))!, client.reference);
}

export interface DecisionInput {
  outcome: DecisionOutcome;
  reason: string;
}

/** The lead decides: outcome and reason (sealed). The practitioner is told in-app. */
export async function decideEscalation(ctx: AppContext, p: Principal, concernId: string, input: DecisionInput, meta: RequestMeta): Promise<ConcernView> {
  const { r, client } = await escalated(ctx, p, concernId, 'escalation.decide');
  const issues = [];
  if (!DECISION_OUTCOMES.includes(input.outcome)) issues.push({ path: 'outcome', message: `Choose the outcome: ${DECISION_OUTCOMES.join(', ')}.` });
  if ((input.reason ?? '').trim().length < 10) issues.push({ path: 'reason', message: 'Give the reason for your decision (at least a sentence); it is kept with the concern.' });
  check(issues);
  if (r.status !== 'escalated') throw new AppError('conflict', 'This escalation has already been decided.');
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('concerns')
      .set({ status: 'decided', decided_by: p.userId, decided_at: iso, decision_sealed: await sealJson(ctx, trx, r.client_id, 'concern-decision', concernId, { outcome: input.outcome, reason: input.reason.trim() }), updated_at: iso })
      .where('id', '=', concernId)
      .where('status', '=', 'escalated')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'This escalation has already been decided.');
    const to = client.practitionerId ?? r.raised_by;
    if (to !== p.userId) {
      await trx.insertInto('notifications').values({ id: newId(), org_id: p.orgId, user_id: to, kind: 'escalation-decided', client_id: r.client_id, message: `A safeguarding lead decided on the concern you escalated for client ${client.reference}.`, created_at: iso, read_at: null }).execute();
    }
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'escalation.decide', outcome: 'success', clientId: r.client_id, targetType: 'concern', targetId: concernId, details: { outcome: input.outcome } });
  });
  return concernView(ctx, (await loadConcern(ctx, r.client_id, concernId))!, client.reference);
}
