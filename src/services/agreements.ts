// The confidentiality agreement of an engagement (PRACTICE P3–P5): the limits were explained (when, how,
// which statement version), the client acknowledged them, their understanding was checked (the
// comprehension check), or they were not ready and why; reviewed at least yearly. The pure rules live in
// src/domain/agreement; this file stores (sealed), audits, and gives the client a printable copy.
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { newId } from './ids.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { check, clientFor, openJson, sealJson } from './case-common.js';
import { loadEngagement } from './engagements.js';
import { getStatementRow } from './statements.js';
import {
  agreementState,
  isComplete,
  reviewDueDate,
  validateAgreement,
  validateReview,
  type Acknowledgement,
  type AgreementRecord,
  type AgreementReview,
  type AgreementState,
  type ComprehensionAnswer,
  type ExplanationMethod,
} from '../domain/agreement/index.js';
import type { AgreementTable } from '../store/schema.js';
import { renderPdf } from './pdf.js';

export interface AgreementInput {
  statementId: string;
  explainedAt: string;
  method: ExplanationMethod;
  acknowledgement?: Acknowledgement | null;
  comprehension: ComprehensionAnswer[];
  clientQuestions?: string | null;
  notReady?: { reason: string } | null;
  reviewIntervalMonths?: number;
}

export interface ReviewInput {
  reviewedAt: string;
  changes: string;
  mandatoryReportingRevisited: boolean;
  statementId?: string | null;
}

type Stored = Omit<AgreementRecord, 'reviews'>;

export interface AgreementView extends Omit<AgreementRecord, 'acknowledgement' | 'notReady' | 'clientQuestions'> {
  id: string;
  engagementId: string;
  acknowledgement: Acknowledgement | null;
  notReady: { reason: string } | null;
  clientQuestions: string | null;
  state: AgreementState;
  reviewDueAt: string;
}

/** The agreement of an engagement as the pure domain sees it (with its reviews), or undefined. */
export async function loadAgreement(ctx: AppContext, clientId: string, engagementId: string): Promise<{ row: AgreementTable; record: AgreementRecord } | undefined> {
  const row = await ctx.store.db.selectFrom('agreements').selectAll().where('engagement_id', '=', engagementId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row) return undefined;
  const stored = await openJson<Stored>(ctx, clientId, 'agreement', row.id, row.data_enc);
  const reviewRows = await ctx.store.db.selectFrom('agreement_reviews').selectAll().where('agreement_id', '=', row.id).orderBy('reviewed_at').execute();
  const reviews = await Promise.all(reviewRows.map((r) => openJson<AgreementReview>(ctx, clientId, 'agreement-review', r.id, r.data_enc)));
  return { row, record: { ...stored, reviews } };
}

function view(row: AgreementTable, a: AgreementRecord, now: Date): AgreementView {
  return {
    ...a,
    id: row.id,
    engagementId: row.engagement_id,
    acknowledgement: a.acknowledgement ?? null,
    notReady: a.notReady ?? null,
    clientQuestions: a.clientQuestions ?? null,
    state: agreementState(a, now),
    reviewDueAt: reviewDueDate(a).toISOString(),
  };
}

export async function getAgreement(ctx: AppContext, p: Principal, clientId: string, engagementId: string, meta: RequestMeta): Promise<AgreementView | null> {
  const { via } = await clientFor(ctx, p, clientId, 'record.read', 'agreement', engagementId);
  await loadEngagement(ctx, clientId, engagementId);
  const a = await loadAgreement(ctx, clientId, engagementId);
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'agreement.read', outcome: 'success', clientId, targetType: 'agreement', targetId: engagementId, details: { via } });
  return a ? view(a.row, a.record, ctx.now()) : null;
}

/**
 * Records (or completes) the agreement of an engagement. A second call replaces the record — e.g. after a
 * "not ready" the practitioner records the explanation once the client is ready; the audit log keeps the history.
 */
export async function recordAgreement(ctx: AppContext, p: Principal, clientId: string, engagementId: string, input: AgreementInput, meta: RequestMeta): Promise<AgreementView> {
  await clientFor(ctx, p, clientId, 'record.write', 'agreement', engagementId);
  const e = await loadEngagement(ctx, clientId, engagementId);
  if (e.status === 'closed') throw new AppError('conflict', 'This engagement is closed; its agreement can no longer change.');
  const st = await getStatementRow(ctx, p.orgId, input.statementId);
  if (!st) throw new AppError('validation', 'Choose the statement of the limits of confidentiality that was explained.', { errors: [{ path: 'statementId', message: 'Choose a statement.' }] });
  const now = ctx.now();
  const existing = await loadAgreement(ctx, clientId, engagementId);
  const record: AgreementRecord = {
    explainedAt: input.explainedAt,
    method: input.method,
    statementId: st.id,
    statementVersion: Number(st.version),
    ...(input.acknowledgement && !input.notReady ? { acknowledgement: input.acknowledgement } : {}),
    comprehension: input.comprehension.map((c) => ({ question: c.question.trim(), answer: c.answer.trim(), understood: c.understood })),
    ...(input.clientQuestions?.trim() ? { clientQuestions: input.clientQuestions.trim() } : {}),
    ...(input.notReady ? { notReady: { reason: input.notReady.reason.trim() } } : {}),
    reviewIntervalMonths: input.reviewIntervalMonths ?? Number(st.review_months),
    reviews: existing?.record.reviews ?? [],
  };
  check(validateAgreement(record, now), 'The agreement needs attention before it can be saved.');
  const { reviews: _r, ...stored } = record;
  const id = existing?.row.id ?? newId();
  const iso = now.toISOString();
  const complete = isComplete(record) ? 1 : 0;
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const enc = await sealJson(ctx, trx, clientId, 'agreement', id, stored);
    const r: AgreementTable = {
      id,
      client_id: clientId,
      engagement_id: engagementId,
      statement_id: st.id,
      statement_version: Number(st.version),
      explained_at: new Date(record.explainedAt).toISOString(),
      complete,
      not_ready: record.notReady ? 1 : 0,
      review_due_at: reviewDueDate(record).toISOString(),
      data_enc: enc,
      created_by: existing?.row.created_by ?? p.userId,
      created_at: existing?.row.created_at ?? iso,
      updated_at: iso,
    };
    if (existing) {
      await trx.updateTable('agreements').set({ statement_id: r.statement_id, statement_version: r.statement_version, explained_at: r.explained_at, complete, not_ready: r.not_ready, review_due_at: r.review_due_at, data_enc: enc, updated_at: iso }).where('id', '=', id).execute();
    } else {
      await trx.insertInto('agreements').values(r).execute();
    }
    await ctx.audit.append(trx, {
      ...actorOf(p, meta.ip),
      action: existing ? 'agreement.update' : 'agreement.record',
      outcome: 'success',
      clientId,
      targetType: 'agreement',
      targetId: id,
      details: { statementVersion: r.statement_version, complete: complete === 1, notReady: r.not_ready === 1, questions: record.comprehension.length },
    });
    return r;
  });
  return view(row, record, now);
}

export async function addReview(ctx: AppContext, p: Principal, clientId: string, engagementId: string, input: ReviewInput, meta: RequestMeta): Promise<AgreementView> {
  await clientFor(ctx, p, clientId, 'record.write', 'agreement', engagementId);
  const e = await loadEngagement(ctx, clientId, engagementId);
  if (e.status === 'closed') throw new AppError('conflict', 'This engagement is closed; its agreement is no longer reviewed.');
  const a = await loadAgreement(ctx, clientId, engagementId);
  if (!a) throw new AppError('conflict', 'Record the agreement before reviewing it.');
  const now = ctx.now();
  let statementVersion: number | undefined;
  if (input.statementId) {
    const st = await getStatementRow(ctx, p.orgId, input.statementId);
    if (!st) throw new AppError('validation', 'Choose a statement.', { errors: [{ path: 'statementId', message: 'Choose a statement.' }] });
    statementVersion = Number(st.version);
  }
  const review: AgreementReview = { reviewedAt: input.reviewedAt, changes: input.changes.trim(), mandatoryReportingRevisited: input.mandatoryReportingRevisited, ...(statementVersion ? { statementVersion } : {}) };
  check(validateReview(review, a.record, now), 'The review needs attention before it can be saved.');
  review.reviewedAt = new Date(review.reviewedAt).toISOString();
  const record: AgreementRecord = { ...a.record, reviews: [...a.record.reviews, review] };
  const id = newId();
  const iso = now.toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('agreement_reviews')
      .values({ id, agreement_id: a.row.id, client_id: clientId, reviewed_at: review.reviewedAt, data_enc: await sealJson(ctx, trx, clientId, 'agreement-review', id, review), created_by: p.userId, created_at: iso })
      .execute();
    await trx.updateTable('agreements').set({ review_due_at: reviewDueDate(record).toISOString(), updated_at: iso }).where('id', '=', a.row.id).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'agreement.review', outcome: 'success', clientId, targetType: 'agreement', targetId: a.row.id, details: { mandatoryReportingRevisited: true } });
  });
  return view({ ...a.row, review_due_at: reviewDueDate(record).toISOString() }, record, now);
}

const METHOD_TEXT: Record<ExplanationMethod, string> = { 'in-person': 'in person', phone: 'by phone', video: 'by video call', written: 'in writing' };

/** A printable copy of the statement and the agreement for the client (PDF). */
export async function agreementPdf(ctx: AppContext, p: Principal, clientId: string, engagementId: string, meta: RequestMeta): Promise<Buffer> {
  const { client, via } = await clientFor(ctx, p, clientId, 'record.read', 'agreement', engagementId);
  const e = await loadEngagement(ctx, clientId, engagementId);
  const a = await loadAgreement(ctx, clientId, engagementId);
  if (!a) throw new AppError('conflict', 'Record the agreement before printing a copy.');
  const st = await getStatementRow(ctx, p.orgId, a.row.statement_id);
  const profile = JSON.parse(await ctx.keyring.openForClient(ctx.store.db, clientId, client.profileEnc, `client-profile:${clientId}`)) as { name: string; preferredName: string | null };
  const org = await ctx.store.db.selectFrom('organisations').select('name').where('id', '=', client.orgId).executeTakeFirst();
  const rec = a.record;
  const pdf = await renderPdf((doc) => {
    doc.fontSize(18).text('Confidentiality: what stays between us, and when it cannot', { underline: false });
    doc.moveDown(0.5).fontSize(11).fillColor('#333').text(`${org?.name ?? ''} · service: ${e.service} · statement version ${rec.statementVersion}`);
    doc.moveDown().fillColor('#000').fontSize(14).text(st?.title ?? 'Limits of confidentiality');
    doc.moveDown(0.3).fontSize(11).text(st?.body ?? '');
    doc.moveDown().fontSize(14).text('Our agreement');
    doc.moveDown(0.3).fontSize(11);
    doc.text(`For: ${profile.preferredName || profile.name}`);
    doc.text(`Explained ${METHOD_TEXT[rec.method]} on ${rec.explainedAt.slice(0, 10)}.`);
    if (rec.notReady) doc.text(`Not yet agreed: ${rec.notReady.reason}`);
    else if (rec.acknowledgement) doc.text(rec.acknowledgement.kind === 'typed-name' ? `Acknowledged by typed name: ${rec.acknowledgement.name}` : rec.acknowledgement.kind === 'signature' ? 'Acknowledged by signature (drawn on screen).' : `Acknowledged verbally: ${rec.acknowledgement.note}`);
    if (rec.comprehension.length) {
      doc.moveDown(0.5).text('Questions we talked through:');
      for (const c of rec.comprehension) doc.text(`• ${c.question} — ${c.answer || '(no answer recorded)'}`, { indent: 10 });
    }
    if (rec.clientQuestions) doc.moveDown(0.5).text(`Your questions: ${rec.clientQuestions}`);
    doc.moveDown(0.5).text(`We will look at this agreement again by ${reviewDueDate(rec).toISOString().slice(0, 10)}.`);
  });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'agreement.print', outcome: 'success', clientId, targetType: 'agreement', targetId: a.row.id, details: { via } });
  return pdf;
}

