import type { PupilMark, RegisterSession } from '#domain/attendance/register';
import { bytesOf, PDFDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

export interface RegisterToPrint {
  session: Pick<RegisterSession, 'title' | 'date' | 'start' | 'end'>;
  teachers: string[];
  pupils: PupilMark[];
  takenBy: { firstName: string; lastName: string } | null;
  takenAt: string | null;
  version: number | null;
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

const byName = (a: PupilMark, b: PupilMark) =>
  a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

/**
 * A course session's register as the attendance sheet (feuille d'émargement) a conservatoire hands its schooling
 * office: the course, its day and times, its teachers, the pupils present, absent and late, and who took it and
 * when (its signature), on an A4 page.
 */
export const renderRegisterPdf = async (
  register: RegisterToPrint,
  context: { timeZone: string; printedAt: string },
): Promise<Uint8Array> => {
  const { session } = register;
  const document = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: toWinAnsi(`Feuille d’appel : ${session.title} (${session.date})`), Producer: 'Préau' },
  });
  const bytes = bytesOf(document);
  const write = (text: string, options: { size?: number; bold?: boolean; gap?: number } = {}) => {
    if (document.y > document.page.height - 72) document.addPage();
    document
      .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(options.size ?? 10)
      .text(toWinAnsi(text), { width: document.page.width - 96 });
    if (options.gap) document.moveDown(options.gap);
  };
  write(`Feuille d’appel : ${session.title}`, { size: 18, bold: true });
  write(`${frenchDate(session.date)}, ${session.start}–${session.end}`, { size: 12 });
  if (register.teachers.length > 0) write(`Professeur : ${register.teachers.join(', ')}`, { size: 11 });
  write(`Édité le ${frenchInstant(context.printedAt, context.timeZone)}`, { size: 9, gap: 1 });
  const groups = [
    { title: 'Présents', mark: 'present' },
    { title: 'Absents', mark: 'absent' },
    { title: 'En retard', mark: 'late' },
  ] as const;
  for (const group of groups) {
    const pupils = register.pupils.filter((pupil) => pupil.mark === group.mark).sort(byName);
    write(`${group.title} (${pupils.length})`, { size: 12, bold: true, gap: 0.2 });
    if (pupils.length === 0) write('Aucun.', { gap: 0.5 });
    for (const pupil of pupils) {
      const late = pupil.mark === 'late' && pupil.minutes ? ` : ${pupil.minutes} min` : '';
      write(`${pupil.lastName.toUpperCase()} ${pupil.firstName}${late}`);
    }
    document.moveDown(0.6);
  }
  document.moveDown(0.5);
  write(
    register.takenBy && register.takenAt
      ? `Appel fait et signé par ${register.takenBy.firstName} ${register.takenBy.lastName} le ${frenchInstant(register.takenAt, context.timeZone)} (version ${register.version}).`
      : 'Appel non fait : tous les élèves figurent présents par défaut.',
    { size: 10, bold: true },
  );
  document.end();
  return bytes;
};
