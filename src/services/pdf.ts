// One way to make a PDF (pdfkit), loaded on first use: pdfkit and its fonts cost ~30 MB of memory, and most
// servers print a PDF rarely, so the module is imported when the first document is drawn, not at start-up.
import type PDFKitModule from 'pdfkit';

let pdfkit: Promise<typeof PDFKitModule> | undefined;

const DEFAULTS: PDFKit.PDFDocumentOptions = { size: 'A4', margin: 56, info: { Title: 'Confidant document', Producer: 'Confidant', Creator: 'Confidant' } };

/** Draws one document and resolves with its bytes. `options` override the house defaults (A4, 56 pt margins). */
export async function renderPdf(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  const PDFDocument = await pdfkit;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ ...DEFAULTS, ...options, info: { ...DEFAULTS.info, ...options.info } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}
