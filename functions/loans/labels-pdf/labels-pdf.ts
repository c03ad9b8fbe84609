import { create } from 'qrcode';
import type { Item } from '#domain/loans/item';
import { bytesOf, PDFDocument, type PdfDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

/** A4 in points, cut into 3 × 8 labels of 70 × 37 mm (the common sheets of self-adhesive labels). */
const page = { width: 595.28, height: 841.89 };
const columns = 3;
const rows = 8;
const label = { width: page.width / columns, height: page.height / rows };
const padding = 8;

/** What a label's QR code opens: the item's page on the portal. */
export const itemLink = (origin: string, itemId: string) =>
  `${origin}/instruments/${encodeURIComponent(itemId)}`;

const drawQr = (document: PdfDocument, text: string, x: number, y: number, side: number) => {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const unit = side / modules.size;
  document.save();
  for (let row = 0; row < modules.size; row += 1)
    for (let column = 0; column < modules.size; column += 1)
      if (modules.get(row, column)) document.rect(x + column * unit, y + row * unit, unit, unit);
  document.fillColor('black').fill();
  document.restore();
};

/**
 * A sheet of labels to stick on cases: 24 to an A4 page, each with the item's QR code (scanned, it opens the item's
 * page on the portal), its kind, maker and serial number, and the school's name.
 */
export const renderLabelsPdf = async (
  items: readonly Pick<Item, 'itemId' | 'kind' | 'maker' | 'serialNumber'>[],
  context: { origin: string; schoolName: string },
): Promise<Uint8Array> => {
  const document = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: toWinAnsi(`Étiquettes des instruments — ${context.schoolName}`), Producer: 'Préau' },
  });
  const bytes = bytesOf(document);
  items.forEach((item, index) => {
    const place = index % (columns * rows);
    if (index > 0 && place === 0) document.addPage();
    const x = (place % columns) * label.width;
    const y = Math.floor(place / columns) * label.height;
    const side = label.height - 2 * padding;
    drawQr(document, itemLink(context.origin, item.itemId), x + padding, y + padding, side);
    const textX = x + padding * 2 + side;
    const width = label.width - side - padding * 3;
    document
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor('black')
      .text(toWinAnsi(item.kind), textX, y + padding, { width, height: 24, ellipsis: true });
    document.font('Helvetica').fontSize(7.5);
    if (item.maker) document.text(toWinAnsi(item.maker), { width, height: 10, ellipsis: true });
    if (item.serialNumber)
      document.text(toWinAnsi(`N° ${item.serialNumber}`), { width, height: 10, ellipsis: true });
    document
      .fontSize(6.5)
      .fillColor('#444444')
      .text(toWinAnsi(context.schoolName), textX, y + label.height - padding - 16, {
        width,
        height: 16,
        ellipsis: true,
      });
  });
  if (items.length === 0) document.font('Helvetica').fontSize(12).text('Aucun instrument.', 48, 48);
  document.end();
  return bytes;
};
