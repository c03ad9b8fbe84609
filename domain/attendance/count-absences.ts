import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { isRetired, type Person } from '#domain/people/person';
import { dateOf, plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { countHalfDays, monthsToFlag, sumCounts } from './absence-counts';
import type { AbsencePorts } from './absences-ports';
import { periodOf } from './justify-absences';

/** Pupils are read this many at a time: a class of 35 is four rounds of one query each. */
const parallelReads = 10;

const inRounds = async <T, R>(items: readonly T[], run: (item: T) => Promise<R>) => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += parallelReads)
    results.push(...(await Promise.all(items.slice(start, start + parallelReads).map(run))));
  return results;
};

/** The first and last days of a month `YYYY-MM`. */
export const monthSpan = (month: string) => {
  const first = `${month}-01`;
  const next = dateOf(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, 1);
  return { from: first, to: plusDays(next, -1) };
};

/** A pupil's count over a period, and the months of it in which they reached four unjustified half-days. */
export const pupilCount = async (pupilId: string, from: string, to: string, ports: AbsencePorts) => {
  const { absences, justifications } = await ports.absences.periodOf(pupilId, from, to);
  const { timeZone } = ports.school;
  return {
    count: countHalfDays(absences, justifications, timeZone),
    flaggedMonths: monthsToFlag(absences, justifications, timeZone),
  };
};

const named = (pupil: Person) => ({
  personId: pupil.personId,
  firstName: pupil.firstName,
  lastName: pupil.lastName,
});

/**
 * A class's counts over a period (the current month unless said): each pupil's half-days, justified or not, and
 * lateness, with the class's total; one query per pupil, ten pupils at a time. Its teachers, staff, the head.
 */
export const countClass = async (
  classId: string,
  span: { from?: string; to?: string },
  actor: Actor,
  ports: AbsencePorts,
) => {
  await authorize(actor, 'attendance:counts', { kind: 'class', classId }, ports.directory);
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const { from, to } = periodOf(
    { from: span.from ?? `${today.slice(0, 7)}-01`, to: span.to ?? today },
    today,
  );
  const pupils = (await ports.directory.studentsOf(classId)).filter((pupil) => !isRetired(pupil));
  const rows = await inRounds(pupils, async (pupil) => ({
    pupil: named(pupil),
    ...(await pupilCount(pupil.personId, from, to, ports)),
  }));
  return {
    classId,
    from,
    to,
    pupils: rows,
    total: sumCounts(rows.map((row) => row.count)),
  };
};

/** The pupils flagged in a month, with their count when flagged: vie scolaire and the head of school. */
export const listFlagged = async (month: string | undefined, actor: Actor, ports: AbsencePorts) => {
  await authorize(actor, 'attendance:decide', { kind: 'school' }, ports.directory);
  const chosen = month ?? todayInZone(ports.clock.now(), ports.school.timeZone).slice(0, 7);
  const flags = await ports.absences.flagged(chosen);
  const people = new Map(
    (await ports.directory.people(flags.map((flag) => flag.pupilId))).map((person) => [
      person.personId,
      person,
    ]),
  );
  return {
    month: chosen,
    pupils: flags.flatMap((flag) => {
      const pupil = people.get(flag.pupilId);
      return pupil
        ? [
            {
              pupil: { ...named(pupil), classId: pupil.classId },
              count: flag.count,
              flaggedAt: flag.flaggedAt,
            },
          ]
        : [];
    }),
  };
};

/**
 * After absences are recorded in a month, flags each pupil who reached four unjustified half-days in it, once per
 * pupil and month (a conditional write, so that two registers saved at once flag once): the newly flagged.
 */
export const flagPupils = async (pupilIds: readonly string[], date: string, ports: AbsencePorts) => {
  const month = date.slice(0, 7);
  const { from, to } = monthSpan(month);
  const flagged = await inRounds(pupilIds, async (pupilId) => {
    const { count, flaggedMonths } = await pupilCount(pupilId, from, to, ports);
    if (!flaggedMonths.includes(month)) return undefined;
    const isNew = await ports.absences.flag(
      month,
      pupilId,
      count.unjustified,
      ports.clock.now().toISOString(),
    );
    return isNew ? { pupilId, month, count: count.unjustified } : undefined;
  });
  return flagged.filter(
    (each): each is { pupilId: string; month: string; count: number } => each !== undefined,
  );
};
