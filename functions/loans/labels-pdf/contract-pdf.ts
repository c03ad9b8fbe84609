import type { LoanContract } from '#domain/loans/loan-contract';
import { bytesOf, PDFDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

const margin = 56;
const width = 595.28 - 2 * margin;

/**
 * The loan's contract on A4, in French: its title and reference, the parties, the item and its accessories, the
 * terms (dates, value, deposit, fee, insurance), the conditions and the Code civil's articles; then the signature,
 * drawn and « Signé le … à … par … » once signed, or a place to sign on paper.
 */
export const renderContractPdf = async (contract: LoanContract, drawing?: string): Promise<Uint8Array> => {
  const document = new PDFDocument({
    size: 'A4',
    margin,
    info: { Title: toWinAnsi(`${contract.title} ${contract.reference}`), Producer: 'Préau' },
  });
  const bytes = bytesOf(document);
  const heading = (text: string) =>
    document.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(toWinAnsi(text), { width });
  const body = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    document
      .font('Helvetica')
      .fontSize(10)
      .text(toWinAnsi(text), { width, ...options });

  document.font('Helvetica-Bold').fontSize(16).text(toWinAnsi(contract.title), { width, align: 'center' });
  document
    .font('Helvetica')
    .fontSize(10)
    .text(toWinAnsi(`N° ${contract.reference}`), { width, align: 'center' });

  heading('Entre les soussignés');
  for (const party of contract.parties)
    body(`${party.role} : ${party.name}${party.detail ? `, ${party.detail}` : ''}`);

  heading('L’instrument');
  for (const line of contract.item.lines) body(line);
  if (contract.item.accessories.length > 0) body(`Accessoires : ${contract.item.accessories.join(', ')}`);

  heading('Durée et montants');
  for (const [label, value] of contract.terms) body(`${label} : ${value}`);

  heading('Conditions');
  contract.conditions.forEach((condition, index) => {
    body(`${index + 1}. ${condition}`, { paragraphGap: 3 });
  });
  body(contract.legalBasis, { oblique: true });

  heading('Signature');
  if (contract.signedLine) {
    if (drawing) {
      const image = Buffer.from(drawing.slice(drawing.indexOf(',') + 1), 'base64');
      const top = document.y + 4;
      document.image(image, margin, top, { fit: [200, 80] });
      document.y = top + 84;
    }
    body(contract.signedLine);
  } else {
    body('À signer sur le portail, ou ci-dessous : nom, date et signature, précédés de « lu et approuvé ».');
    document.moveDown(4);
  }
  document.end();
  return bytes;
};
