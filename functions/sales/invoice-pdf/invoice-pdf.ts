import { documentNumber, euros, frenchDate, type Invoice, invoiceMentions } from '#domain/sales/invoice';
import { lineNetCents } from '#domain/sales/sale-totals';
import { bytesOf, PDFDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';
import { invoiceFonts } from './invoice-fonts';

const titles = {
  invoice: 'Facture',
  deposit: 'Facture d’acompte',
  balance: 'Facture de solde',
  'credit-note': 'Avoir',
} as const;

const units = { hour: 'h', 'half-day': 'demi-j.', day: 'j.', evening: 'soirée', unit: 'u.' } as const;

const quantity = (value: number) => String(value).replace('.', ',');
const rate = (value: number) => `${String(value).replace('.', ',')} %`;

/**
 * The invoice as the client reads it, in French, on A4: the seller (legal name, SIREN, SIRET, VAT number,
 * address) and the client (with its SIREN, the 2022 decree's first mention), number and dates, the service period,
 * the lines, VAT per rate, totals, payment terms with the IBAN, and every legal mention (penalties, the €40 fee,
 * no discount, VAT on debits, the nature of the operations, the delivery address). The Factur-X form embeds its
 * CII into this PDF (`facturXPdf`).
 */
export const renderInvoicePdf = async (invoice: Invoice): Promise<Uint8Array> => {
  const number = documentNumber(invoice);
  const title = invoice.status === 'draft' ? `${titles[invoice.kind]} (brouillon)` : titles[invoice.kind];
  const document = new PDFDocument({
    size: 'A4',
    margin: 48,
    pdfVersion: '1.7',
    // PDF/A embeds every font it uses: Inter from the start, so that no standard font is ever written.
    font: invoiceFonts.regular as unknown as string,
    info: {
      Title: toWinAnsi(`${title} ${number}`),
      Author: toWinAnsi(invoice.seller.legalName),
      Producer: 'Préau',
    },
  });
  const bytes = bytesOf(document);
  document.registerFont('regular', invoiceFonts.regular);
  document.registerFont('bold', invoiceFonts.bold);
  const width = document.page.width - 96;
  const write = (
    text: string,
    options: {
      size?: number;
      bold?: boolean;
      gap?: number;
      x?: number;
      y?: number;
      width?: number;
      align?: 'left' | 'right';
    } = {},
  ) => {
    document.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 9);
    const textOptions = { width: options.width ?? width, align: options.align ?? 'left' };
    if (options.x !== undefined)
      document.text(toWinAnsi(text), options.x, options.y ?? document.y, textOptions);
    else document.text(toWinAnsi(text), textOptions);
    if (options.gap) document.moveDown(options.gap);
  };
  const { seller, buyer } = invoice;
  const top = document.y;
  write(seller.legalName, { bold: true, size: 11, width: 250 });
  for (const line of seller.address.lines) write(line, { width: 250 });
  write(`${seller.address.postcode} ${seller.address.city}`, { width: 250 });
  write(`SIREN ${seller.siren} · SIRET ${seller.siret}`, { width: 250 });
  if (seller.vatNumber) write(`TVA intracommunautaire ${seller.vatNumber}`, { width: 250 });
  const afterSeller = document.y;
  write(buyer.legalName, { bold: true, size: 11, x: 320, y: top, width: 227 });
  for (const line of buyer.billingAddress.lines) write(line, { x: 320, width: 227 });
  write(`${buyer.billingAddress.postcode} ${buyer.billingAddress.city}`, { x: 320, width: 227 });
  if (buyer.siren) write(`SIREN ${buyer.siren}`, { x: 320, width: 227 });
  if (buyer.vatNumber) write(`TVA ${buyer.vatNumber}`, { x: 320, width: 227 });
  if (buyer.chorusPro?.serviceCode)
    write(`Code service ${buyer.chorusPro.serviceCode}`, { x: 320, width: 227 });
  if (buyer.chorusPro?.commitmentNumber)
    write(`Engagement ${buyer.chorusPro.commitmentNumber}`, { x: 320, width: 227 });
  document.x = 48;
  document.y = Math.max(afterSeller, document.y) + 24;
  write(`${title} n° ${number}`, { bold: true, size: 16 });
  write(`Date d’émission : ${frenchDate(invoice.issueDate)}`);
  if (invoice.kind !== 'credit-note') write(`Échéance : ${frenchDate(invoice.dueDate)}`);
  write(`Devis : ${invoice.quoteNumber}`);
  if (invoice.servicePeriod) {
    write(
      `Période de la prestation : du ${frenchDate(invoice.servicePeriod.from)} au ${frenchDate(invoice.servicePeriod.to)}`,
    );
  }
  if (invoice.externalNumber) write(`Numéro attribué par la comptabilité : ${invoice.externalNumber}`);
  document.moveDown(1);

  const columns = [
    { label: 'Désignation', x: 48, width: 220, align: 'left' as const },
    { label: 'Qté', x: 270, width: 55, align: 'right' as const },
    { label: 'PU HT', x: 327, width: 70, align: 'right' as const },
    { label: 'TVA', x: 399, width: 40, align: 'right' as const },
    { label: 'Montant HT', x: 441, width: 106, align: 'right' as const },
  ];
  const row = (cells: string[], bold = false) => {
    if (document.y > document.page.height - 140) document.addPage();
    const y = document.y;
    let bottom = y;
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (!column) return;
      write(cell, { x: column.x, y, width: column.width, align: column.align, bold });
      bottom = Math.max(bottom, document.y);
    });
    document.x = 48;
    document.y = bottom + 4;
  };
  row(
    columns.map((column) => column.label),
    true,
  );
  for (const line of invoice.lines) {
    row([
      line.label,
      `${quantity(line.quantity)} ${units[line.unit]}`,
      euros(line.unitPriceCents),
      rate(line.vatRate),
      euros(lineNetCents(line)),
    ]);
  }
  document.moveDown(0.5);
  const total = (label: string, cents: number, bold = false) => {
    const y = document.y;
    write(label, { x: 300, y, width: 139, align: 'right', bold });
    write(euros(cents), { x: 441, y, width: 106, align: 'right', bold });
    document.x = 48;
  };
  total('Total HT', invoice.totals.netCents);
  for (const vat of invoice.totals.vatBreakdown) {
    total(
      vat.vatRate === 0
        ? `TVA 0 % (${vat.exemption ?? 'exonération'})`
        : `TVA ${rate(vat.vatRate)} sur ${euros(vat.baseCents)}`,
      vat.vatCents,
    );
  }
  total(
    invoice.kind === 'credit-note' ? 'Total TTC à rembourser' : 'Total TTC à payer',
    invoice.totals.grossCents,
    true,
  );
  document.moveDown(1.5);
  if (invoice.kind !== 'credit-note') write(invoice.paymentTerms, { gap: 0.3 });
  for (const mention of invoiceMentions(invoice)) write(mention.text, { size: 8 });
  document.end();
  return bytes;
};
