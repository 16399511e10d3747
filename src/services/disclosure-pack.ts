// The disclosure pack (issue 7 item 5): a PDF of exactly what was approved to leave the organisation — the
// approved fields of the request and nothing else from the record (no other notes, no private process notes,
// no third parties' names). It states the ground, the recipient, who asked, who approved (and the request hash
// they approved), and whether the client was told.
import type { AppContext } from './context.js';
import { actorOf, type Principal } from './principal.js';
import type { RequestMeta } from './auth.js';
import { renderPdf } from './pdf.js';
import { disclosureForPack } from './disclosures.js';

const TOLD = { before: 'The client was told before the disclosure.', after: 'The client will be told after the disclosure, when it is safe.', not: 'The client is not told.' } as const;

export async function disclosurePackPdf(ctx: AppContext, p: Principal, id: string, meta: RequestMeta): Promise<Buffer> {
  const { view: d, reference } = await disclosureForPack(ctx, p, id);
  const pdf = await renderPdf((doc) => {
    doc.fontSize(18).text('Disclosure of confidential information');
    doc.moveDown(0.3).fontSize(10).fillColor('#333').text(`Client reference ${reference} · disclosure ${d.id} · ${d.disclosedAt ? `disclosed ${d.disclosedAt.slice(0, 10)}` : `approved ${d.approvedAt?.slice(0, 10) ?? d.createdAt.slice(0, 10)}, not yet recorded as disclosed`}`);
    doc.fillColor('#000').moveDown().fontSize(14).text('To');
    doc.fontSize(11).text(d.recipient.name);
    if (d.recipient.contact) doc.text(d.recipient.contact);
    doc.moveDown().fontSize(14).text('Ground');
    doc.fontSize(11).text(d.ground.source ? `${d.ground.source}: ${d.ground.text}` : d.ground.text);
    doc.moveDown().fontSize(14).text('Information disclosed');
    doc.fontSize(10).fillColor('#333').text('Only the information below is disclosed. Please keep it confidential, use it only for the purpose stated, and share it no further than that purpose needs.');
    doc.fillColor('#000').fontSize(11);
    for (const f of d.fields) {
      doc.moveDown(0.4).font('Helvetica-Bold').text(f.label, { continued: f.value.length < 80 && !f.value.includes('\n') });
      if (f.value.length < 80 && !f.value.includes('\n')) doc.font('Helvetica').text(`: ${f.value}`);
      else doc.font('Helvetica').text(f.value);
    }
    if (d.justification) {
      doc.moveDown().fontSize(14).text('Why more than the minimum necessary');
      doc.fontSize(11).text(d.justification);
    }
    doc.moveDown().fontSize(14).text('Accountability');
    doc.fontSize(11).text(`Requested by ${d.requestedByName} on ${d.createdAt.slice(0, 10)}.`);
    if (d.approvedBy) doc.text(`Approved by ${d.approvedByName} on ${d.approvedAt?.slice(0, 10)} (request ${d.requestHash.slice(0, 16)}…, version ${d.requestVersion}).`);
    else doc.text('No second-person approval was required for this disclosure.');
    doc.text(TOLD[d.clientTold] + (d.clientTold === 'not' && d.clientToldReason ? ` Reason: ${d.clientToldReason}` : ''));
  }, { info: { Title: 'Disclosure pack' } });
  await ctx.audit.record({ ...actorOf(p, meta.ip), action: 'disclosure.pack', outcome: 'success', clientId: d.clientId, targetType: 'disclosure', targetId: d.id, details: { fields: d.fields.length } });
  return pdf;
}
