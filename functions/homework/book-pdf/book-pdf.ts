import type { BookKind, SessionEntry } from '#domain/homework/homework';
import { bytesOf, PDFDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

export interface BookToPrint {
  kind: BookKind;
  label: string;
  schoolYear: string;
  entries: SessionEntry[];
}

const frenchDate = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

const frenchInstant = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );

/**
 * A class's or a teacher's homework book for a school year, on A4 portrait pages, as the head of school or an
 * inspector reads it: each session in time order with its course, what was done, its links, the work given and
 * when it is due, and who wrote the entry's last version and when (the history is on the session's page).
 */
export const renderBookPdf = async (
  book: BookToPrint,
  context: { timeZone: string; printedAt: string },
): Promise<Uint8Array> => {
  const document = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: toWinAnsi(`Cahier de textes : ${book.label} (${book.schoolYear})`), Producer: 'Préau' },
  });
  const bytes = bytesOf(document);
  const write = (text: string, options: { size?: number; bold?: boolean; gap?: number } = {}) => {
    document
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10)
      .text(toWinAnsi(text), { width: document.page.width - 96 });
    if (options.gap) document.moveDown(options.gap);
  };
  const whose = book.kind === 'class' ? 'de la classe' : 'de';
  write(`Cahier de textes ${whose} ${book.label}`, { size: 18, bold: true });
  write(`Année scolaire ${book.schoolYear.replace('-', '–')}`, { size: 11 });
  write(`Édité le ${frenchInstant(context.printedAt, context.timeZone)}`, { size: 9, gap: 1 });
  if (book.entries.length === 0) write('Aucune séance renseignée.', { size: 11 });
  for (const entry of book.entries) {
    const { session } = entry;
    if (document.y > document.page.height - 160) document.addPage();
    write(`${frenchDate(session.date)}, ${session.start}–${session.end} · ${session.title}`, {
      size: 12,
      bold: true,
    });
    if (entry.content) write(entry.content, { gap: 0.3 });
    for (const link of entry.links)
      write(`Lien : ${link.title ? `${link.title} — ` : ''}${link.url}`, { size: 9 });
    for (const work of entry.works)
      write(`Travail à faire pour le ${frenchDate(work.dueDate)} : ${work.text}`, { size: 10 });
    write(
      `Écrit par ${entry.writtenBy.name}, le ${frenchInstant(entry.writtenAt, context.timeZone)} (version ${entry.version})`,
      { size: 8, gap: 0.8 },
    );
  }
  document.end();
  return bytes;
};
