// Client rights, for the DPO (issue 6 §7): the subject-access export (JSON and a readable PDF, saying what
// was withheld and why), retention schedules per service (records past retention are listed for review,
// then erased), legal hold, and erasure by crypto-shredding (the audit log keeps only non-identifying facts;
// the erasure ledger makes a restore re-apply it).
import type { AppContext } from './context.js';
import { AppError } from './errors.js';
import { actorOf, type Principal } from './principal.js';
import { authorize, orgResource } from './authorize.js';
import type { RequestMeta } from './auth.js';
import { addMonthsIso, check, clientFor, openJson, pastDate } from './case-common.js';
import { profileAad, type ClientProfile } from './clients.js';
import { engagementView, type ConflictView, type EngagementView } from './engagements.js';
import { loadAgreement, type AgreementView } from './agreements.js';
import { renderPdf } from './pdf.js';
import { consentsOf, type ConsentView } from './consents.js';
import { referralsOf, type ReferralView } from './referrals.js';
import { accountingOf, type AccountingEntry } from './disclosures.js';
import { noteView, thirdPartiesOf } from './case-notes.js';
import { getRedactor } from './deid-resources.js';
import { recordErasure } from '../store/erasure-ledger.js';
import { agreementState, reviewDueDate } from '../domain/agreement/index.js';

export interface Withheld {
  what: string;
  count: number;
  why: string;
}

export interface SubjectAccessExport {
  generatedAt: string;
  requestReceivedAt: string;
  client: { reference: string; jurisdiction: string | null; status: string } & ClientProfile;
  engagements: (EngagementView & { agreement: Omit<AgreementView, 'id' | 'engagementId'> | null })[];
  consents: ConsentView[];
  notes: { sessionDate: string | null; durationMinutes: number | null; mode: string | null; createdAt: string; version: number; text: string; structure: unknown }[];
  /** Each referral with every outcome recorded (oldest first). */
  referrals: (Omit<ReferralView, 'outcomeHistory'> & { outcomeHistory: { outcome: string; at: string; recordedAt: string }[] })[];
  conflicts: ConflictView[];
  /** The accounting of disclosures (D2): what was shared about the client, with whom, why, by whom. */
  disclosures: AccountingEntry[];
  /** Concerns raised about the client's safety or about a colleague, with the safeguarding lead's decision. */
  concerns: ExportConcern[];
  /** Consultations with a supervisor (without names): when, with whom (by role), status; packet and thread withheld. */
  consultations: ExportConsultation[];
  withheld: Withheld[];
}

export interface ExportConcern {
  raisedAt: string;
  kind: string;
  /** The guidance engine's verdict id (e.g. escalate, consult) and whether the practitioner accepted or overrode it. */
  verdict: string;
  choice: string | null;
  /** Why the practitioner chose otherwise than the verdict (redacted like other free text). */
  choiceReason: string | null;
  status: string;
  urgency: string | null;
  escalatedAt: string | null;
  /** What was said, in the practitioner's words (third parties replaced with tags). */
  summary: string;
  decision: { outcome: string; reason: string; decidedAt: string } | null;
}

export interface ExportConsultation {
  createdAt: string;
  sentAt: string | null;
  closedAt: string | null;
  supervisorRole: 'supervisor';
  status: string;
}

export const WITHHELD_REASONS = {
  process: 'Private process notes are the practitioner’s own reflective working notes, kept apart from the case record. They are withheld from this export; the DPO reviews them separately and releases what is the client’s personal data unless an exemption applies (for example, a risk of serious harm).',
  escalationThreads: 'Messages between the practitioner and the safeguarding lead about an escalated concern are staff deliberation and often name or describe other people. They are withheld from this export; the DPO reviews them and releases what is the client’s personal data unless an exemption applies (UK DPA 2018 Sch. 2 para 2 where disclosure would prejudice the prevention of crime, or a risk of serious harm to anyone). The concern itself, its facts as recorded and the lead’s decision are given above.',
  consultationPackets: 'When the practitioner consulted a supervisor, they sent a copy of the notes and their question with every name and identifying detail removed (a de-identified packet), and the supervisor replied. The notes themselves are given above in full; the packet and the supervisor’s replies are professional advice to the practitioner and are withheld from this export; the DPO reviews them and releases what is the client’s personal data unless an exemption applies (for example, a risk of serious harm). The dates, status and the supervisor’s role are given.',
  thirdParties: 'Other people mentioned in the record (third parties) are not named: the right of access does not extend to other people’s personal data without their consent (GDPR Art. 15(4); UK DPA 2018 Sch. 2 para 16). Their names are replaced with tags such as [COLLEAGUE-1].',
};

export async function subjectAccessExport(ctx: AppContext, p: Principal, clientId: string, requestReceivedAt: string, meta: RequestMeta, format = 'json'): Promise<SubjectAccessExport> {
  const { client } = await clientFor(ctx, p, clientId, 'client.export', 'client', clientId);
  const db = ctx.store.db;
  const now = ctx.now();
  check(pastDate('requestReceivedAt', requestReceivedAt, now, 'the request was received'));
  const profile = JSON.parse(await ctx.keyring.openForClient(db, clientId, client.profileEnc, profileAad(clientId))) as ClientProfile;
  const third = await thirdPartiesOf(ctx, clientId);
  const known = { people: third.map((t) => ({ role: 'third-party', relationship: t.relationship, name: t.name })) };
  const redactor = getRedactor();
  let pseudonyms: Record<string, string> = {};
  const redact = (text: string): string => {
    if (!third.length) return text;
    const r = redactor.redact(text, known, { pseudonyms, returnMapping: true });
    pseudonyms = (r as { mapping?: Record<string, string> }).mapping ?? pseudonyms;
    return r.text;
  };
  const engRows = await db.selectFrom('engagements').selectAll().where('client_id', '=', clientId).orderBy('opened_at').execute();
  const engagements = await Promise.all(
    engRows.map(async (r) => {
      const a = await loadAgreement(ctx, clientId, r.id);
      const v = await engagementView(ctx, r);
      const agreement = a
        ? { ...a.record, acknowledgement: a.record.acknowledgement ?? null, notReady: a.record.notReady ?? null, clientQuestions: a.record.clientQuestions ?? null, state: agreementState(a.record, now), reviewDueAt: reviewDueDate(a.record).toISOString() }
        : null;
      return { ...v, ...(v.closing ? { closing: { ...v.closing, summary: redact(v.closing.summary) } } : {}), agreement };
    }),
  );
  const noteRows = await db.selectFrom('notes').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute();
  const notes: SubjectAccessExport['notes'] = [];
  let privateCount = 0;
  for (const r of noteRows) {
    if (Number(r.private) === 1) {
      privateCount++;
      continue;
    }
    const n = await noteView(ctx, r);
    notes.push({ sessionDate: n.sessionDate, durationMinutes: n.durationMinutes, mode: n.mode, createdAt: n.createdAt, version: n.version, text: redact(n.text), structure: n.structure });
  }
  const conflictRows = await db.selectFrom('conflicts_of_interest').selectAll().where('client_id', '=', clientId).execute();
  const conflicts = await Promise.all(conflictRows.map((r) => openJson<ConflictView>(ctx, clientId, 'conflict', r.id, r.data_enc)));
  // Each referral with its whole outcome history (oldest first), not only the latest state: what happened after
  // a referral is the client's data too. Who recorded each entry is a staff id, not the client's data: left out.
  const referrals = (await referralsOf(ctx, clientId, { history: true })).map((r) => ({
    ...r,
    reason: redact(r.reason),
    outcome: r.outcome ? redact(r.outcome) : null,
    outcomeHistory: (r.outcomeHistory ?? []).map((h) => ({ outcome: redact(h.outcome), at: h.at, recordedAt: h.recordedAt })),
  }));
  // Concerns: the recorded facts summary (redacted like other free text) and the lead's decision are the
  // client's data; the escalation thread is withheld (counted and explained). Tables absent on an old database
  // would already have failed migration, so no tolerance is needed here.
  const concernRows = await db.selectFrom('concerns').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute();
  const concerns: ExportConcern[] = [];
  for (const r of concernRows) {
    const f = await openJson<{ summary?: string }>(ctx, clientId, 'concern-facts', r.id, r.facts_sealed);
    const why = r.choice_reason_sealed ? await openJson<string>(ctx, clientId, 'concern-choice', r.id, r.choice_reason_sealed) : null;
    const d = r.decision_sealed ? await openJson<{ outcome: string; reason: string }>(ctx, clientId, 'concern-decision', r.id, r.decision_sealed) : null;
    concerns.push({
      raisedAt: r.created_at,
      kind: r.kind,
      verdict: r.verdict,
      choice: r.choice,
      choiceReason: why ? redact(why) : null,
      status: r.status,
      urgency: r.urgency,
      escalatedAt: r.escalated_at,
      summary: redact(f.summary ?? ''),
      decision: d && r.decided_at ? { outcome: d.outcome, reason: redact(d.reason), decidedAt: r.decided_at } : null,
    });
  }
  const concernMsgCount = concernRows.filter((r) => r.escalation_sealed).length + (concernRows.length ? Number((await db.selectFrom('concern_messages').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', clientId).executeTakeFirst())?.n ?? 0) : 0);
  // Consultations: drafts were never sent to anyone (the practitioner's working copy) and are left out like any
  // unsent draft; sent and closed ones are listed without the packet or the thread.
  const consultRows = await db.selectFrom('consultations').select(['id', 'status', 'created_at', 'sent_at', 'closed_at']).where('client_id', '=', clientId).where('status', '!=', 'draft').orderBy('created_at').execute();
  const consultations: ExportConsultation[] = consultRows.map((r) => ({ createdAt: r.created_at, sentAt: r.sent_at, closedAt: r.closed_at, supervisorRole: 'supervisor', status: r.status }));
  const withheld: Withheld[] = [];
  if (privateCount) withheld.push({ what: 'private process notes', count: privateCount, why: WITHHELD_REASONS.process });
  if (concernMsgCount) withheld.push({ what: 'messages between the practitioner and the safeguarding lead about a concern (with the note sent on escalation)', count: concernMsgCount, why: WITHHELD_REASONS.escalationThreads });
  if (consultations.length) withheld.push({ what: 'de-identified consultation packets and the supervisor’s replies', count: consultations.length, why: WITHHELD_REASONS.consultationPackets });
  if (third.length) withheld.push({ what: 'names and details of third parties', count: third.length, why: WITHHELD_REASONS.thirdParties });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.export', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { format, notes: notes.length, withheldNotes: privateCount, thirdParties: third.length, concerns: concerns.length, consultations: consultations.length } });
  return {
    generatedAt: now.toISOString(),
    requestReceivedAt: new Date(requestReceivedAt).toISOString(),
    client: { reference: client.reference, jurisdiction: client.jurisdiction, status: client.status, ...profile },
    engagements,
    consents: await consentsOf(ctx, clientId),
    notes,
    referrals,
    conflicts,
    disclosures: await accountingOf(ctx, clientId, true),
    concerns,
    consultations,
    withheld,
  };
}

export async function subjectAccessPdf(ctx: AppContext, p: Principal, clientId: string, requestReceivedAt: string, meta: RequestMeta): Promise<Buffer> {
  const x = await subjectAccessExport(ctx, p, clientId, requestReceivedAt, meta, 'pdf');
  return renderPdf((doc) => {
    doc.fontSize(18).text('Your record: a copy of the personal data we hold about you');
    doc.moveDown(0.3).fontSize(10).fillColor('#333').text(`Reference ${x.client.reference} · request received ${x.requestReceivedAt.slice(0, 10)} · produced ${x.generatedAt.slice(0, 10)}`);
    doc.fillColor('#000').moveDown().fontSize(14).text('About you');
    doc.fontSize(11);
    for (const [k, v] of [['Name', x.client.name], ['Preferred name', x.client.preferredName], ['Date of birth', x.client.dateOfBirth], ['Email', x.client.email], ['Phone', x.client.phone], ['Language', x.client.language]] as const) {
      if (v) doc.text(`${k}: ${v}`);
    }
    doc.moveDown().fontSize(14).text('What was withheld, and why');
    doc.fontSize(11);
    if (!x.withheld.length) doc.text('Nothing was withheld.');
    for (const w of x.withheld) doc.moveDown(0.3).text(`${w.what} (${w.count}): ${w.why}`);
    doc.moveDown().fontSize(14).text('Services and agreements');
    doc.fontSize(11);
    for (const e of x.engagements) {
      doc.moveDown(0.3).text(`${e.service}: opened ${e.openedAt.slice(0, 10)}${e.closedAt ? `, ended ${e.closedAt.slice(0, 10)} (${e.closeReason})` : ''}`);
      if (e.agreement) doc.text(`Confidentiality explained on ${e.agreement.explainedAt.slice(0, 10)} (statement version ${e.agreement.statementVersion}); state: ${e.agreement.state}.`, { indent: 10 });
    }
    doc.moveDown().fontSize(14).text('Consents to share');
    doc.fontSize(11);
    if (!x.consents.length) doc.text('None.');
    for (const c of x.consents) doc.moveDown(0.3).text(`${c.recipient.name}: ${c.categories.join(', ')} — ${c.purpose} (given ${c.givenAt.slice(0, 10)}; ${c.status})`);
    doc.moveDown().fontSize(14).text('Referrals and signposting');
    doc.fontSize(11);
    if (!x.referrals.length) doc.text('None.');
    for (const r of x.referrals) {
      doc.moveDown(0.3).text(`${r.kind} to ${r.recipientName} (${r.createdAt.slice(0, 10)}): ${r.reason}`);
      for (const h of r.outcomeHistory) doc.text(`${h.at.slice(0, 10)} — outcome: ${h.outcome}`, { indent: 10 });
    }
    doc.moveDown().fontSize(14).text('Disclosures: what we shared about you, with whom and why');
    doc.fontSize(11);
    if (!x.disclosures.length) doc.text('None.');
    for (const d of x.disclosures) doc.moveDown(0.3).text(`${(d.disclosedAt ?? d.requestedAt).slice(0, 10)} to ${d.recipient}: ${d.categories.join(', ')}. Ground: ${d.ground}. By ${d.requestedBy}${d.approvedBy ? `, approved by ${d.approvedBy}` : ''}; you were told: ${d.clientTold}.`);
    doc.moveDown().fontSize(14).text('Concerns about safety or wellbeing, and what was decided');
    doc.fontSize(11);
    if (!x.concerns.length) doc.text('None.');
    for (const c of x.concerns) {
      doc.moveDown(0.3).text(`${c.raisedAt.slice(0, 10)} · ${c.kind === 'colleague' ? 'concern about a colleague' : 'concern'} · guidance: ${c.verdict}${c.choice ? ` (${c.choice})` : ''} · status: ${c.status}${c.urgency ? ` · urgency: ${c.urgency}` : ''}`);
      doc.text(c.summary, { indent: 10 });
      if (c.choiceReason) doc.text(`Why the practitioner chose otherwise: ${c.choiceReason}`, { indent: 10 });
      if (c.decision) doc.text(`${c.decision.decidedAt.slice(0, 10)} — safeguarding lead’s decision: ${c.decision.outcome.replace(/-/g, ' ')}. ${c.decision.reason}`, { indent: 10 });
    }
    doc.moveDown().fontSize(14).text('Consultations with a supervisor (without your name)');
    doc.fontSize(11);
    if (!x.consultations.length) doc.text('None.');
    for (const c of x.consultations) doc.moveDown(0.3).text(`${(c.sentAt ?? c.createdAt).slice(0, 10)} · with a ${c.supervisorRole} · ${c.status}${c.closedAt ? ` (closed ${c.closedAt.slice(0, 10)})` : ''}`);
    doc.moveDown().fontSize(14).text('Session notes');
    doc.fontSize(11);
    if (!x.notes.length) doc.text('None.');
    for (const n of x.notes) {
      doc.moveDown(0.5).fillColor('#333').text(`${n.sessionDate ?? n.createdAt.slice(0, 10)}${n.mode ? ` · ${n.mode}` : ''}${n.durationMinutes ? ` · ${n.durationMinutes} min` : ''}`);
      doc.fillColor('#000').text(n.text);
    }
  });
}

/** The DPO finds a record by its non-identifying reference (from the request or the retention review). */
export async function findByReference(ctx: AppContext, p: Principal, reference: string, meta: RequestMeta): Promise<{ clientId: string; reference: string; status: string; legalHold: boolean; createdAt: string }> {
  await authorize(ctx, p, 'client.export', orgResource(p));
  if (!/^[Cc]-[A-Za-z0-9]{4,12}$/.test(reference.trim())) throw new AppError('validation', 'A reference looks like C-7KQ2M9.', { errors: [{ path: 'reference', message: 'A reference looks like C-7KQ2M9.' }] });
  const r = await ctx.store.db.selectFrom('clients').select(['id', 'reference', 'status', 'legal_hold', 'created_at']).where('org_id', '=', p.orgId).where('reference', '=', reference.trim().toUpperCase()).executeTakeFirst();
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.lookup', outcome: r ? 'success' : 'failure', clientId: r?.id ?? null, targetType: 'client', targetId: r?.id ?? null });
  if (!r) throw new AppError('not-found', 'No record has that reference.');
  return { clientId: r.id, reference: r.reference ?? '', status: r.status, legalHold: Number(r.legal_hold) === 1, createdAt: r.created_at };
}

// --- Legal hold and erasure.
export async function setLegalHold(ctx: AppContext, p: Principal, clientId: string, hold: boolean, meta: RequestMeta): Promise<{ legalHold: boolean }> {
  await clientFor(ctx, p, clientId, 'client.hold', 'client', clientId);
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    await trx.updateTable('clients').set({ legal_hold: hold ? 1 : 0, legal_hold_at: hold ? iso : null, updated_at: iso }).where('id', '=', clientId).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: hold ? 'client.hold' : 'client.release', outcome: 'success', clientId, targetType: 'client', targetId: clientId });
  });
  return { legalHold: hold };
}

/** Erases a client: crypto-shreds the data key, deletes every sealed row, keeps an opaque tombstone. */
export async function eraseClient(ctx: AppContext, p: Principal, clientId: string, confirmReference: string, meta: RequestMeta): Promise<{ erasedAt: string }> {
  const { client } = await clientFor(ctx, p, clientId, 'client.erase', 'client', clientId);
  if (confirmReference.trim().toUpperCase() !== client.reference.toUpperCase()) {
    throw new AppError('validation', 'Type the client’s reference to confirm the erasure.', { errors: [{ path: 'confirmReference', message: `Type ${client.reference} to confirm.` }] });
  }
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('clients').select(['legal_hold', 'status']).where('id', '=', clientId).executeTakeFirst();
    if (!row || row.status === 'erased') throw new AppError('not-found');
    if (Number(row.legal_hold) === 1) throw new AppError('conflict', 'This record is under legal hold: it cannot be erased until the hold is released.');
    const counts: Record<string, number> = {};
    // Consultation threads have no client column: remove them through their consultation first.
    await trx.deleteFrom('consultation_messages').where('consultation_id', 'in', trx.selectFrom('consultations').select('id').where('client_id', '=', clientId)).execute();
    for (const table of ['consultations', 'concern_messages', 'disclosure_annotations', 'disclosures', 'concerns', 'note_versions', 'notes', 'agreement_reviews', 'agreements', 'consents', 'referrals', 'conflicts_of_interest', 'third_parties', 'engagements'] as const) {
      const res = await trx.deleteFrom(table).where('client_id', '=', clientId).executeTakeFirst();
      counts[table] = Number(res.numDeletedRows);
    }
    await trx.updateTable('break_glass').set({ reason_enc: '' }).where('client_id', '=', clientId).execute();
    await trx.updateTable('clients').set({ profile_enc: '', status: 'erased', erased_at: iso, updated_at: iso }).where('id', '=', clientId).execute();
    await ctx.keyring.destroyClientKey(trx, clientId, iso);
    // Only the opaque id, the time and row counts: nothing that identifies the person.
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'client.erase', outcome: 'success', clientId, targetType: 'client', targetId: clientId, details: { notes: counts.notes ?? 0, engagements: counts.engagements ?? 0 } });
  }).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'conflict') {
      void ctx.audit.record({ ...actorOf(p, meta.ip), action: 'client.erase', outcome: 'denied', clientId, targetType: 'client', targetId: clientId, reason: 'legal-hold' });
    }
    throw err;
  });
  ctx.keyring.forget(clientId);
  recordErasure(ctx.config.dataDir, clientId, iso);
  return { erasedAt: iso };
}

// --- Retention schedules.
export interface RetentionSchedule {
  service: string;
  months: number | null;
  engagements: number;
}

export interface RetentionDue {
  clientId: string;
  reference: string;
  services: string[];
  lastClosedAt: string;
  dueAt: string;
  legalHold: boolean;
}

export async function listRetention(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<RetentionSchedule[]> {
  await authorize(ctx, p, 'retention.manage', orgResource(p));
  const [sched, used] = await Promise.all([
    ctx.store.db.selectFrom('retention_schedules').selectAll().where('org_id', '=', p.orgId).execute(),
    ctx.store.db.selectFrom('engagements').select(['service', (eb) => eb.fn.countAll().as('n')]).where('org_id', '=', p.orgId).groupBy('service').execute(),
  ]);
  const map = new Map<string, RetentionSchedule>();
  for (const s of sched) map.set(s.service, { service: s.service, months: Number(s.months), engagements: 0 });
  for (const u of used) map.set(u.service, { service: u.service, months: map.get(u.service)?.months ?? null, engagements: Number(u.n) });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'retention.list', outcome: 'success', targetType: 'retention' });
  return [...map.values()].sort((a, b) => a.service.localeCompare(b.service));
}

export async function setRetention(ctx: AppContext, p: Principal, service: string, months: number, meta: RequestMeta): Promise<RetentionSchedule> {
  await authorize(ctx, p, 'retention.manage', orgResource(p));
  const iso = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('retention_schedules').select('service').where('org_id', '=', p.orgId).where('service', '=', service).executeTakeFirst();
    if (existing) await trx.updateTable('retention_schedules').set({ months, updated_by: p.userId, updated_at: iso }).where('org_id', '=', p.orgId).where('service', '=', service).execute();
    else await trx.insertInto('retention_schedules').values({ org_id: p.orgId, service, months, updated_by: p.userId, updated_at: iso }).execute();
    await ctx.audit.append(trx, { ...actorOf(p, meta.ip), action: 'retention.set', outcome: 'success', targetType: 'retention', details: { service, months } });
  });
  const n = await ctx.store.db.selectFrom('engagements').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', p.orgId).where('service', '=', service).executeTakeFirst();
  return { service, months, engagements: Number(n?.n ?? 0) };
}

/** Clients whose every engagement is closed and whose retention period (per service, the longest) has passed. */
export async function retentionDue(ctx: AppContext, p: Principal, meta: RequestMeta): Promise<RetentionDue[]> {
  await authorize(ctx, p, 'retention.manage', orgResource(p));
  const db = ctx.store.db;
  const sched = new Map((await db.selectFrom('retention_schedules').selectAll().where('org_id', '=', p.orgId).execute()).map((s) => [s.service, Number(s.months)]));
  const rows = await db
    .selectFrom('engagements')
    .innerJoin('clients', 'clients.id', 'engagements.client_id')
    .select(['clients.id', 'clients.reference', 'clients.legal_hold', 'engagements.service', 'engagements.status', 'engagements.closed_at'])
    .where('clients.org_id', '=', p.orgId)
    .where('clients.status', '!=', 'erased')
    .execute();
  const by = new Map<string, typeof rows>();
  for (const r of rows) by.set(r.id, [...(by.get(r.id) ?? []), r]);
  const now = ctx.now().toISOString();
  const out: RetentionDue[] = [];
  for (const [id, list] of by) {
    if (list.some((r) => r.status !== 'closed' || !r.closed_at)) continue;
    if (list.some((r) => !sched.has(r.service))) continue; // no schedule for a service: never due automatically
    const dueAt = list.map((r) => addMonthsIso(r.closed_at!, sched.get(r.service)!)).sort().pop()!;
    if (dueAt > now) continue;
    out.push({ clientId: id, reference: list[0]!.reference ?? '', services: [...new Set(list.map((r) => r.service))], lastClosedAt: list.map((r) => r.closed_at!).sort().pop()!, dueAt, legalHold: Number(list[0]!.legal_hold) === 1 });
  }
  out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'retention.review', outcome: 'success', targetType: 'retention', details: { count: out.length } });
  return out;
}
