import { keyOf } from '#domain/shared/text';
import type { CsvTable } from '../csv/csv-table';
import { UnreadableFileError } from '../import-snapshot';

/** The columns a timetable export may have; a class column or a group column (or both) names who attends. */
export type TimetableField =
  | 'day'
  | 'start'
  | 'end'
  | 'weeks'
  | 'subject'
  | 'class'
  | 'group'
  | 'teacher'
  | 'room';

/** The file's header for each field it has. */
export type TimetableColumns = Partial<Record<TimetableField, string>>;

/** Headers EDT, UnDeuxTemps, aSc and hand-made spreadsheets write, as `keyOf` gives them (case and accents aside). */
const headerKeys: Record<TimetableField, readonly string[]> = {
  day: ['jour', 'jours', 'day', 'weekday'],
  start: ['debut', 'heure-debut', 'heure-de-debut', 'h-debut', 'start', 'start-time', 'from'],
  end: ['fin', 'heure-fin', 'heure-de-fin', 'h-fin', 'end', 'end-time', 'to'],
  weeks: ['semaines', 'semaine', 'alternance', 'weeks', 'week'],
  subject: ['matiere', 'matieres', 'discipline', 'enseignement', 'subject'],
  class: ['classe', 'classes', 'division', 'divisions', 'classe-groupe', 'class', 'class-group'],
  group: ['groupe', 'groupes', 'group', 'groups'],
  teacher: ['professeur', 'professeurs', 'enseignant', 'enseignants', 'prof', 'profs', 'teacher', 'teachers'],
  room: ['salle', 'salles', 'lieu', 'room', 'rooms'],
};

const requiredFields = ['day', 'start', 'end', 'subject'] as const;

/** Finds each field's column by its header; a file without days, times, subjects or classes cannot be read. */
export const timetableColumns = (table: CsvTable): TimetableColumns => {
  const columns: TimetableColumns = {};
  for (const field of Object.keys(headerKeys) as TimetableField[]) {
    const header = table.headers.find((name) => headerKeys[field].includes(keyOf(name)));
    if (header !== undefined) columns[field] = header;
  }
  const missing: string[] = requiredFields.filter((field) => columns[field] === undefined);
  if (columns.class === undefined && columns.group === undefined) missing.push('class');
  if (missing.length > 0) throw new UnreadableFileError(table.file, missingMessage(missing));
  return columns;
};

const frenchHeaders: Record<string, string> = {
  day: 'Jour',
  start: 'Début',
  end: 'Fin',
  subject: 'Matière',
  class: 'Classe',
};

const missingMessage = (fields: readonly string[]) => {
  const names = fields.map((field) => `"${frenchHeaders[field]}" (or "${field}")`).join(', ');
  return `the ${fields.length > 1 ? 'columns are' : 'column is'} missing: ${names}`;
};
