import type { AgendaItem } from '#domain/planning/agenda-entry';
import { layOut } from '#domain/planning/lanes';
import type { ResourceKind } from '#domain/planning/planning-resource';
import type { ProjectKind } from '#domain/planning/project';
import type { Closure } from '#domain/planning/school-calendar';
import { minutesOf } from '#domain/shared/calendar/time-of-day';
import { bytesOf, PDFDocument, type PdfDocument } from '#functions/lib/pdf/standard-font-pdf';
import { toWinAnsi } from '#functions/lib/pdf/win-ansi-text';

/** A week of a planning as the reader may see it, with the names of the places its activities take. */
export interface TimetableWeek {
  resource: { kind: ResourceKind; label: string };
  days: { date: string; open: boolean; closure?: Closure; reason?: string; items: AgendaItem[] }[];
  placeNames: ReadonlyMap<string, string>;
}

/** When and where it is printed: the school's time zone, for the dates and the time it is edited. */
export interface PrintContext {
  timeZone: string;
  printedAt: string;
}

const kindTitles: Record<ResourceKind, string> = {
  place: 'Emploi du temps du lieu',
  person: 'Emploi du temps',
  class: 'Emploi du temps de la classe',
  project: 'Emploi du temps du projet',
  equipment: 'Emploi du temps de l’équipement',
};

const closures: Record<Closure, string> = {
  'outside-year': 'hors année scolaire',
  holiday: 'vacances',
  'closed-day': 'jour de fermeture',
  'public-holiday': 'jour férié',
  'closed-weekday': 'pas de cours',
};

/** The colours of the portal's blocks, by the kind of project: background, then edge. */
const kindColours: Record<ProjectKind, [string, string]> = {
  course: ['#dce8ff', '#2456c7'],
  exam: ['#fff0c2', '#a86b00'],
  production: ['#ece0ff', '#6b3fc0'],
  internal: ['#dcf2e3', '#2f8a4c'],
  external: ['#ffe1eb', '#b8336a'],
};

/** A4 landscape, in points. */
const page = { width: 841.89, height: 595.28, margin: 28 };
const grid = { top: 92, bottom: 552, head: 18, hours: 30, from: 8 * 60, to: 22 * 60 };

/**
 * The timetable of a week on one A4 page in landscape, as a school pins it on a door or hands it out in
 * September: who or what it is of, the week, a column per day (Saturday always, Sunday when something takes
 * place then) with hours from 8:00 to 22:00, each activity a block with its times, title and places; closed days
 * greyed with their reason. French dates; times are the school's, as the planning stores them.
 */
export const renderTimetablePdf = async (week: TimetableWeek, context: PrintContext): Promise<Uint8Array> => {
  const title = `${kindTitles[week.resource.kind]} : ${week.resource.label}`;
  const document = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: 0 },
    compress: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: toWinAnsi(title), Author: 'Préau' },
  });
  const bytes = bytesOf(document);
  const days = week.days.filter((day, index) => index < 6 || day.open || day.items.length > 0);
  writeHeading(document, title, days);
  writeGrid(document, days, week);
  write(document, `Édité le ${frenchInstant(context.printedAt, context.timeZone)} avec Préau`, {
    x: page.margin,
    y: page.height - 30,
    size: 7,
    color: '#555555',
  });
  document.end();
  return bytes;
};

const writeHeading = (document: PdfDocument, title: string, days: TimetableWeek['days']) => {
  write(document, title, { x: page.margin, y: page.margin, size: 16, bold: true });
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (first && last)
    write(document, `Semaine du ${frenchDay(first)} au ${frenchDay(last)} ${last.slice(0, 4)}`, {
      x: page.margin,
      y: page.margin + 24,
      size: 11,
    });
};

const writeGrid = (document: PdfDocument, days: TimetableWeek['days'], week: TimetableWeek) => {
  const left = page.margin + grid.hours;
  const width = (page.width - page.margin - left) / Math.max(days.length, 1);
  const trackTop = grid.top + grid.head;
  const yOf = (minutes: number) =>
    trackTop +
    ((Math.min(Math.max(minutes, grid.from), grid.to) - grid.from) / (grid.to - grid.from)) *
      (grid.bottom - trackTop);
  // Hours down the side, a line across each.
  for (let minutes = grid.from; minutes <= grid.to; minutes += 60) {
    const y = yOf(minutes);
    document
      .moveTo(left, y)
      .lineTo(page.width - page.margin, y)
      .lineWidth(0.4)
      .strokeColor('#bbbbbb')
      .stroke();
    if (minutes < grid.to)
      write(document, `${String(minutes / 60).padStart(2, '0')}:00`, {
        x: page.margin,
        y: y + 1,
        size: 7,
        color: '#555555',
      });
  }
  days.forEach((day, index) => {
    const x = left + index * width;
    document.rect(x, grid.top, width, grid.head).fillColor('#eeeeee').fill();
    write(document, frenchDay(day.date), {
      x: x + 3,
      y: grid.top + 5,
      size: 9,
      bold: true,
      width: width - 6,
    });
    if (!day.open) {
      document
        .rect(x, trackTop, width, grid.bottom - trackTop)
        .fillOpacity(0.5)
        .fillColor('#e4e4e4')
        .fill();
      document.fillOpacity(1);
      write(document, `Fermé : ${day.reason ?? closures[day.closure ?? 'closed-day']}`, {
        x: x + 4,
        y: trackTop + 6,
        size: 8,
        bold: true,
        width: width - 8,
        color: '#444444',
      });
    }
    document
      .rect(x, grid.top, width, grid.bottom - grid.top)
      .lineWidth(0.6)
      .strokeColor('#888888')
      .stroke();
    for (const { item, lane, lanes } of layOut(day.items)) {
      const top = yOf(minutesOf(item.start));
      const bottom = Math.max(yOf(minutesOf(item.end)), top + 9);
      const laneWidth = (width - 4) / lanes;
      writeBlock(document, item, week, {
        x: x + 2 + lane * laneWidth,
        y: top + 0.5,
        width: laneWidth - 1,
        height: bottom - top - 1,
      });
    }
  });
};

const writeBlock = (
  document: PdfDocument,
  item: AgendaItem,
  week: TimetableWeek,
  box: { x: number; y: number; width: number; height: number },
) => {
  const [background, edge] = kindColours[item.projectKind];
  document.rect(box.x, box.y, box.width, box.height).fillColor(background).fill();
  document.rect(box.x, box.y, 2.5, box.height).fillColor(edge).fill();
  if (item.conflictsWith.length > 0)
    document.rect(box.x, box.y, box.width, box.height).lineWidth(1).strokeColor('#c0262d').stroke();
  const places =
    week.resource.kind === 'place'
      ? []
      : item.placeIds.map((id) => week.placeNames.get(id)).filter((name): name is string => Boolean(name));
  const time = `${item.start} – ${item.end}${item.moved ? ' (déplacée)' : ''}`;
  const lines: { text: string; size: number; bold?: boolean }[] =
    box.height < 17
      ? [{ text: `${item.start} ${item.title}`, size: 6.5, bold: true }]
      : [
          { text: time, size: 6.5 },
          { text: item.title, size: 7.5, bold: true },
          ...(places.length > 0 ? [{ text: places.join(', '), size: 6.5 }] : []),
        ];
  let y = box.y + 1.5;
  for (const line of lines) {
    const room = box.y + box.height - y;
    const lineHeight = line.size * 1.2;
    if (room < lineHeight) break;
    const height = line === lines[1] && lines.length === 3 ? Math.max(lineHeight, room - lineHeight) : room;
    document
      .font(line.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(line.size)
      .fillColor('#1a1a1a');
    document.text(toWinAnsi(line.text), box.x + 4, y, {
      width: box.width - 5,
      height: Math.min(height, room),
      ellipsis: true,
      lineGap: 0,
    });
    y = document.y;
  }
};

const write = (
  document: PdfDocument,
  text: string,
  options: { x: number; y: number; size: number; bold?: boolean; width?: number; color?: string },
) => {
  document
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size)
    .fillColor(options.color ?? '#1a1a1a')
    .text(toWinAnsi(text), options.x, options.y, {
      lineBreak: options.width !== undefined,
      ...(options.width !== undefined && {
        width: options.width,
        height: options.size * 2.6,
        ellipsis: true,
      }),
    });
};

/** « lundi 23 novembre »: a calendar date, in French. */
const frenchDay = (date: string) =>
  new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
    .join('');

/** « 7 décembre 2026 à 05:02 », in the school's time zone. */
const frenchInstant = (instant: string, timeZone: string) => {
  const date = new Date(instant);
  const day = new Intl.DateTimeFormat('fr-FR', { timeZone, day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(date)
    .map(({ type, value }) => (type === 'day' && value === '1' ? '1er' : value))
    .join('');
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
  return `${day} à ${time}`;
};
