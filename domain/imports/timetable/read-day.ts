import { keyOf } from '#domain/shared/text';
import type { CellReading } from './cell-reading';

const dayWords: readonly (readonly string[])[] = [
  ['lundi', 'lun', 'monday', 'mon', '1'],
  ['mardi', 'mar', 'tuesday', 'tue', 'tues', '2'],
  ['mercredi', 'mer', 'wednesday', 'wed', '3'],
  ['jeudi', 'jeu', 'thursday', 'thu', 'thurs', '4'],
  ['vendredi', 'ven', 'friday', 'fri', '5'],
  ['samedi', 'sam', 'saturday', 'sat', '6'],
  ['dimanche', 'dim', 'sunday', 'sun', '7'],
];

/** A day of the week in French or English, whole or short (« Lun. »), or its ISO number, as 1 (Monday) … 7. */
export const readDay = (cell: string): CellReading<number> => {
  if (cell === '') return { reason: 'is missing' };
  const index = dayWords.findIndex((words) => words.includes(keyOf(cell)));
  return index >= 0 ? { value: index + 1 } : { reason: `"${cell}" is not a day of the week` };
};
