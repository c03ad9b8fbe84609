import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { isRetired } from '#domain/people/person';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import type { AbsencePorts } from './absences-ports';
import { halfDaysOf } from './half-days';
import { standingOf } from './justification';
import { periodOf } from './justify-absences';

export const exportHeaders = [
  'Classe',
  'Nom',
  'Prénom',
  'Date',
  'Demi-journée',
  'Début',
  'Fin',
  'Cours',
  'Type',
  'Minutes de retard',
  'Justification',
] as const;

const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
const standingWords = {
  justified: 'Justifiée',
  pending: 'En attente',
  refused: 'Refusée',
  unjustified: 'Non justifiée',
} as const;

/**
 * A class's attendance over a period, a line per absence or lateness and half-day, for a spreadsheet: vie scolaire
 * and the head of school. Two queries per pupil, ten pupils at a time.
 */
export const exportClassAbsences = async (
  input: { classId: string; from: string; to: string },
  actor: Actor,
  ports: AbsencePorts,
) => {
  await authorize(actor, 'attendance:decide', { kind: 'school' }, ports.directory);
  const { from, to } = periodOf(input, todayInZone(ports.clock.now(), ports.school.timeZone));
  const pupils = (await ports.directory.studentsOf(input.classId)).filter((pupil) => !isRetired(pupil));
  const rows: Record<(typeof exportHeaders)[number], string>[] = [];
  for (let start = 0; start < pupils.length; start += 10) {
    const round = await Promise.all(
      pupils.slice(start, start + 10).map(async (pupil) => {
        const { absences, justifications } = await ports.absences.periodOf(pupil.personId, from, to);
        return absences.flatMap((absence) =>
          halfDaysOf(absence, ports.school.timeZone).map((halfDay) => ({
            Classe: input.classId,
            Nom: pupil.lastName,
            Prénom: pupil.firstName,
            Date: frenchDate(absence.date),
            'Demi-journée': halfDay.half === 'am' ? 'Matin' : 'Après-midi',
            Début: absence.start,
            Fin: absence.end,
            Cours: absence.title,
            Type: absence.kind === 'late' ? 'Retard' : 'Absence',
            'Minutes de retard': absence.kind === 'late' ? String(absence.minutes ?? '') : '',
            Justification: absence.kind === 'late' ? '' : standingWords[standingOf(halfDay, justifications)],
          })),
        );
      }),
    );
    rows.push(...round.flat());
  }
  return { from, to, rows };
};
