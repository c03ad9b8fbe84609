import {
  type Agreement,
  euros,
  frenchDay,
  type OfferSlot,
  type SchoolLetterhead,
} from '#domain/sales/agreement';
import { lineNetCents } from '#domain/sales/sale-totals';
import type { Quote, SaleUnit } from '#domain/sales/sales';
import { bytesOf, PDFDocument, type PdfDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

const margin = 48;

const unitLabels: Record<SaleUnit, string> = {
  hour: 'heure',
  'half-day': 'demi-journée',
  day: 'journée',
  evening: 'soirée',
  unit: 'unité',
};

const quantityText = (quantity: number) =>
  new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(quantity);
const rateText = (rate: number) => `${new Intl.NumberFormat('fr-FR').format(rate)} %`;

/** A4 portrait, Helvetica, and a writer that keeps every text within WinAnsi (the standard fonts' encoding). */
const newDocument = (title: string) => {
  const document = new PDFDocument({
    size: 'A4',
    margin,
    info: { Title: toWinAnsi(title), Producer: 'Préau' },
  });
  const width = () => document.page.width - 2 * margin;
  const write = (
    text: string,
    options: { size?: number; bold?: boolean; gap?: number; align?: 'right' } = {},
  ) => {
    document
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10)
      .text(toWinAnsi(text), { width: width(), ...(options.align && { align: options.align }) });
    if (options.gap) document.moveDown(options.gap);
  };
  return { document, bytes: bytesOf(document), write, width };
};

/** The school's letterhead, top left: its name, address and who signs for it. */
const letterhead = (write: ReturnType<typeof newDocument>['write'], school: SchoolLetterhead) => {
  write(school.name, { size: 13, bold: true });
  for (const line of school.address ?? []) write(line, { size: 9 });
  if (school.signatory) write(`${school.signatory.name}, ${school.signatory.title}`, { size: 9 });
};

/** A row of the lines' table: label, quantity and unit, unit price, VAT rate, amount excl. VAT. */
const row = (document: PdfDocument, cells: readonly string[], y: number, bold = false) => {
  const columns = [
    { x: margin, width: 215 },
    { x: margin + 220, width: 85, align: 'right' as const },
    { x: margin + 310, width: 70, align: 'right' as const },
    { x: margin + 385, width: 40, align: 'right' as const },
    { x: margin + 430, width: 69, align: 'right' as const },
  ];
  document.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  let bottom = y;
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (!column) return;
    document.text(toWinAnsi(cell), column.x, y, {
      width: column.width,
      ...(column.align && { align: column.align }),
    });
    bottom = Math.max(bottom, document.y);
  });
  document.x = margin;
  document.y = bottom + 4;
};

/**
 * The quote in French with the school's letterhead: its number and dates, the client, the slots (premises, days
 * and hours), the lines, the VAT per rate and the totals, the validity and how to answer.
 */
export const renderQuotePdf = async (
  quote: Quote,
  school: SchoolLetterhead,
  slots: readonly OfferSlot[],
): Promise<Uint8Array> => {
  const { document, bytes, write } = newDocument(`Devis ${quote.number}`);
  letterhead(write, school);
  document.moveDown(1);
  write(`Devis n° ${quote.number}`, { size: 18, bold: true });
  if (quote.title) write(quote.title, { size: 12 });
  write(`Date : ${frenchDay(quote.issueDate)} · Valable jusqu’au ${frenchDay(quote.validUntil)}`, {
    gap: 0.8,
  });
  const { client } = quote;
  write('Client', { bold: true });
  write(client.legalName);
  for (const line of client.billingAddress.lines) write(line);
  write(`${client.billingAddress.postcode} ${client.billingAddress.city}`);
  if (client.siren) write(`SIREN ${client.siren}`);
  if (client.vatNumber) write(`TVA intracommunautaire ${client.vatNumber}`);
  write(`Contact : ${client.contact.name}`, { gap: 0.8 });
  if (slots.length > 0) {
    write('Locaux et créneaux', { bold: true });
    for (const slot of slots) {
      write(
        `${slot.placeName} : ${frenchDay(slot.date)}, ${slot.start}–${slot.end} (montage et démontage : ${slot.heldFrom}–${slot.heldUntil})`,
      );
    }
    document.moveDown(0.8);
  }
  row(document, ['Désignation', 'Quantité', 'Prix unitaire HT', 'TVA', 'Montant HT'], document.y, true);
  for (const line of quote.lines) {
    if (document.y > document.page.height - 160) document.addPage();
    row(
      document,
      [
        line.label,
        `${quantityText(line.quantity)} ${unitLabels[line.unit]}`,
        euros(line.unitPriceCents),
        rateText(line.vatRate),
        euros(lineNetCents(line)),
      ],
      document.y,
    );
  }
  document.moveDown(0.8);
  const { totals } = quote;
  write(`Total HT : ${euros(totals.netCents)}`, { align: 'right' });
  for (const rate of totals.vatBreakdown) {
    write(
      rate.exemption
        ? `TVA ${rateText(rate.vatRate)} sur ${euros(rate.baseCents)} : ${rate.exemption}`
        : `TVA ${rateText(rate.vatRate)} sur ${euros(rate.baseCents)} : ${euros(rate.vatCents)}`,
      { align: 'right' },
    );
  }
  write(`Total TTC : ${euros(totals.grossCents)}`, { bold: true, size: 12, align: 'right', gap: 1 });
  write(
    `Ce devis est valable jusqu’au ${frenchDay(quote.validUntil)}. Il s’accepte en ligne, par le lien reçu, avec la convention d’occupation des locaux qui l’accompagne.`,
    { size: 9 },
  );
  document.end();
  return bytes;
};

/** The agreement for using the premises, as `agreementOf` words it, with the parties' signatures. */
export const renderAgreementPdf = async (
  quote: Quote,
  school: SchoolLetterhead,
  agreement: Agreement,
  acceptance: { name?: string; at: string; timeZone: string } | undefined,
): Promise<Uint8Array> => {
  const { document, bytes, write } = newDocument(`${agreement.title} — devis ${quote.number}`);
  letterhead(write, school);
  document.moveDown(1);
  write(agreement.title, { size: 16, bold: true, gap: 0.6 });
  for (const party of agreement.parties) write(party, { gap: 0.2 });
  document.moveDown(0.6);
  for (const article of agreement.articles) {
    if (document.y > document.page.height - 140) document.addPage();
    write(article.heading, { bold: true, size: 11, gap: 0.2 });
    for (const paragraph of article.paragraphs) write(paragraph, { gap: 0.3 });
    document.moveDown(0.4);
  }
  document.moveDown(0.6);
  write(
    acceptance
      ? `Acceptée en ligne${acceptance.name ? ` par ${acceptance.name}` : ''}, le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: acceptance.timeZone }).format(new Date(acceptance.at))}.`
      : 'À accepter en ligne avec le devis.',
  );
  if (school.signatory) write(`Pour l’établissement : ${school.signatory.name}, ${school.signatory.title}`);
  document.end();
  return bytes;
};
