// The certificate of completion as a PDF (pdfkit): who, which set, when, the score. No client content
// exists in training, so none can appear here.
import { renderPdf } from './pdf.js';

export interface CertificateFields { name: string; organisation: string; title: string; score: number; items: number; issuedAt: string; id: string }

export function renderCertificate(c: CertificateFields): Promise<Buffer> {
  return renderPdf((doc) => {
    const w = doc.page.width;
    const h = doc.page.height;
    doc.lineWidth(3).strokeColor('#1c4f82').rect(24, 24, w - 48, h - 48).stroke();
    doc.lineWidth(1).rect(34, 34, w - 68, h - 68).stroke();
    doc.moveDown(2);
    doc.fillColor('#1c4f82').font('Helvetica-Bold').fontSize(30).text('Certificate of completion', { align: 'center' });
    doc.moveDown(0.6).fillColor('#333333').font('Helvetica').fontSize(14).text('Confidentiality in practice: judging when to keep and when to break a confidence', { align: 'center' });
    doc.moveDown(1.6).fontSize(13).text('This certifies that', { align: 'center' });
    doc.moveDown(0.4).fillColor('#111111').font('Helvetica-Bold').fontSize(26).text(c.name, { align: 'center' });
    doc.moveDown(0.4).fillColor('#333333').font('Helvetica').fontSize(13).text(`of ${c.organisation}`, { align: 'center' });
    doc.moveDown(1).text('completed the training set', { align: 'center' });
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(18).text(c.title, { align: 'center' });
    doc.moveDown(1).font('Helvetica').fontSize(13).text(`${c.items} exercises and scenarios, overall score ${c.score}%`, { align: 'center' });
    doc.moveDown(0.3).text(`Issued on ${c.issuedAt.slice(0, 10)}`, { align: 'center' });
    doc.fontSize(9).fillColor('#555555').text(`Certificate ${c.id} · answers were compared with the Confidant decision engine and policy packs used in practice`, 56, h - 80, { align: 'center', width: w - 112 });
  }, { layout: 'landscape', info: { Title: `Certificate: ${c.title}`, Author: 'Confidant', Subject: 'Confidentiality training' } });
}
