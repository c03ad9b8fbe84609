import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { mondayOf } from '#domain/shared/calendar/calendar-days';
import { NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { shiftChanged, shiftPlanned, shiftRemoved } from '#events/time/time-events';
import { assertShiftAllowed, checkContextOf, checkShift, type NearbyShift } from './check-shift';
import { contractCovers } from './contract';
import { rulebookIds, rulebooks } from './rulebooks';
import {
  checkShiftTimes,
  dayOfShift,
  type ShiftInput,
  type ShiftTimes,
  shiftInputSchema,
  workedMinutesOf,
} from './shift';
import { entryOfShift } from './time-audit';
import { ShiftOutsideContractError, StaleShiftError, WeekApprovedError } from './time-errors';
import {
  type CheckReads,
  checkInputOf,
  type DayOfShifts,
  type StoredShift,
  type TimePorts,
  type WeekTotal,
} from './time-ports';

/**
 * Plans a shift, or changes one, checked against its person's rulebook as it is saved:
 * 1. one read of everything the check needs (`checkReads`: contracts, the days and weeks around, the linked
 *    project and activity), 2. the check (`checkShift`): a breach not accepted with an exception refuses it with
 *    its rule and figures, 3. one transaction that saves the shift with its day and week on the versions read and
 *    marks its person's planning days (`person_busy` when they hold something then).
 * When another planner saved a shift of the same person between the read and the save, the transaction fails on
 * a version: the use case reads and checks again, a few times, then answers `409 stale`. No limit is passed on
 * figures that changed under the check.
 */

export const shiftUpdateSchema = z.extend(shiftInputSchema, { version: z.int('must be a whole number') });
export type ShiftUpdate = z.output<typeof shiftUpdateSchema>;

export const shiftVersionQuerySchema = z.strictObject({
  version: z.pipe(
    z.string('must be the version read'),
    z.transform((value, context) => {
      const version = Number(value);
      if (!Number.isInteger(version) || version < 1) {
        context.issues.push({ code: 'custom', message: 'must be the version read', input: value });
        return z.NEVER;
      }
      return version;
    }),
  ),
});

/** Tries a save this many times when other shifts of the person are saved meanwhile. */
export const maxShiftAttempts = 6;

/** Every day and week any rulebook's check may need: a contract is known only once read. */
const contextOf = (day: string) => {
  const contexts = rulebookIds.map((id) => checkContextOf(day, rulebooks[id]));
  return {
    days: [...new Set(contexts.flatMap(({ days }) => days))].sort(),
    weeks: [...new Set(contexts.flatMap(({ weeks }) => weeks))].sort(),
  };
};

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(10 * 2 ** attempt, 200)));

const school = { kind: 'school' } as const;

/** The linked project and activity must exist and go together: a shift's production name comes from them. */
const linkOf = (input: ShiftInput, reads: CheckReads) => {
  if (!input.link) return undefined;
  const { projectId, activityId } = input.link;
  if (!reads.project) throw new ValidationError('link.projectId', 'names no project', 'link_invalid');
  if (activityId !== undefined && reads.activity?.projectId !== projectId)
    throw new ValidationError('link.activityId', 'names no activity of that project', 'link_invalid');
  return reads.project.name;
};

const eventDataOf = (shift: StoredShift, by: string) => ({
  shiftId: shift.shiftId,
  personId: shift.personId,
  work: shift.work,
  ...(shift.link?.projectId && { projectId: shift.link.projectId }),
  ...(shift.link?.activityId && { activityId: shift.link.activityId }),
  startsAt: shift.planned.startsAt,
  endsAt: shift.planned.endsAt,
  breakMinutes: shift.planned.breakMinutes,
  day: shift.day,
  monday: shift.monday,
  acceptedRules: [...new Set(shift.accepted.map((breach) => breach.ruleId))],
  ...(shift.exception && { exceptionGround: shift.exception.ground }),
  version: shift.version,
  by,
});

const nearbyOf = (shift: Pick<StoredShift, 'shiftId' | 'planned'>): NearbyShift => ({
  shiftId: shift.shiftId,
  ...shift.planned,
});

/** The day items as the change leaves them: the shift out of its old day, into its new one. */
const daysAfter = (reads: CheckReads, shift: StoredShift, previous: StoredShift | undefined) => {
  const byDate = new Map(reads.days.map((day) => [day.date, day]));
  const touched = new Set([shift.day, ...(previous ? [previous.day] : [])]);
  return [...touched].map((date): DayOfShifts => {
    const day = byDate.get(date) ?? { date, shifts: [], workedMinutes: 0, version: 0 };
    const shifts = day.shifts.filter((other) => other.shiftId !== shift.shiftId);
    if (date === shift.day) shifts.push(nearbyOf(shift));
    return {
      date,
      shifts,
      workedMinutes: shifts.reduce((sum, each) => sum + workedMinutesOf(each), 0),
      version: day.version + 1,
    };
  });
};

/** The minutes of a shift's planned or actual times that count in a week: none when it is another week's. */
const minutesOfWeek = (
  shift: StoredShift,
  monday: string,
  times: (stored: StoredShift) => ShiftTimes | undefined,
) => {
  const counted = shift.monday === monday ? times(shift) : undefined;
  return counted ? workedMinutesOf(counted) : 0;
};

/** The week totals as the change leaves them: its minutes out of the old week, into the new one. */
const weeksAfter = (reads: CheckReads, shift: StoredShift, previous: StoredShift | undefined) => {
  const byMonday = new Map(reads.weeks.map((week) => [week.monday, week]));
  const touched = new Set([shift.monday, ...(previous ? [previous.monday] : [])]);
  return [...touched].map((monday): WeekTotal => {
    const week = byMonday.get(monday) ?? { monday, workedMinutes: 0, version: 0 };
    const minutesIn = (times: (stored: StoredShift) => ShiftTimes | undefined) =>
      minutesOfWeek(shift, monday, times) - (previous ? minutesOfWeek(previous, monday, times) : 0);
    return {
      ...week,
      workedMinutes: week.workedMinutes + minutesIn(({ planned }) => planned),
      // A moved shift's hours already worked leave its old week with it.
      actualMinutes: (week.actualMinutes ?? 0) + minutesIn(({ actual }) => actual),
      version: week.version + 1,
    };
  });
};

const attempt = async (
  input: ShiftInput,
  shiftId: string,
  previous: StoredShift | undefined,
  actor: Actor,
  ports: TimePorts,
) => {
  const zone = ports.school.timeZone;
  const day = dayOfShift(input.planned, zone);
  const monday = mondayOf(day);
  const context = contextOf(day);
  const checked = {
    days: [...new Set([...context.days, ...(previous ? [previous.day] : [])])],
    weeks: [...new Set([...context.weeks, ...(previous ? [previous.monday] : [])])],
  };
  const reads = await ports.time.checkReads(input.personId, checked.days, checked.weeks, input.link);
  const contract = reads.contracts.find((each) => contractCovers(each, day));
  if (!contract) throw new ShiftOutsideContractError(day);
  const projectName = linkOf(input, reads);
  for (const week of reads.weeks)
    if (week.approved && (week.monday === monday || week.monday === previous?.monday))
      throw new WeekApprovedError(week.monday);

  const { nearby, weekTotals, versions } = checkInputOf(reads.days, reads.weeks);
  const check = assertShiftAllowed(
    checkShift({
      shift: {
        shiftId,
        work: input.work,
        times: input.planned,
        ...(input.exception && { exception: input.exception }),
      },
      rulebook: rulebooks[contract.rulebookId],
      zone,
      nearby,
      weekTotals,
      ...(previous && { previous: previous.planned }),
    }),
  );

  const at = ports.clock.now().toISOString();
  const shift: StoredShift = {
    shiftId,
    personId: input.personId,
    work: input.work,
    ...(input.link && { link: input.link }),
    ...(projectName !== undefined && { projectName }),
    planned: input.planned,
    ...(previous?.actual && { actual: previous.actual }),
    // An exception is kept only when it accepts a breach: otherwise it says nothing.
    ...(input.exception && check.accepted.length > 0 && { exception: input.exception }),
    accepted: check.accepted,
    day,
    monday,
    version: (previous?.version ?? 0) + 1,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  const eventContext = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at };
  const event = previous
    ? newEvent(
        shiftChanged,
        { ...eventDataOf(shift, actor.personId), previousDay: previous.day },
        eventContext,
      )
    : newEvent(shiftPlanned, eventDataOf(shift, actor.personId), eventContext);
  await ports.time.saveShift({
    shift,
    ...(previous && { previous }),
    days: daysAfter(reads, shift, previous),
    weeks: weeksAfter(reads, shift, previous),
    read: versions,
    checked,
    events: [event],
    audit: entryOfShift(shift, previous ? 'shift.changed' : 'shift.planned', actor.personId, at),
    ...(reads.auditRetentionDays !== undefined && { auditRetentionDays: reads.auditRetentionDays }),
  });
  return { shift, accepted: check.accepted };
};

/** Reads, checks and saves, again while the person's day or week changed under the check: `409 stale` at last. */
const planWithRetries = async (
  input: ShiftInput,
  shiftId: string,
  previous: StoredShift | undefined,
  actor: Actor,
  ports: TimePorts,
) => {
  checkShiftTimes(input.planned);
  for (let turn = 1; turn <= maxShiftAttempts; turn += 1) {
    try {
      return await attempt(input, shiftId, previous, actor, ports);
    } catch (error) {
      if (!(error instanceof StaleVersionError) || error.resource !== 'time-day-or-week') throw error;
      await pause(turn);
    }
  }
  throw new StaleShiftError(input.personId);
};

/** A new shift: `201 { shift, accepted }`. */
export const planShift = async (input: ShiftInput, actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  return planWithRetries(input, ports.newId(), undefined, actor, ports);
};

/** A shift changed on the version read (`412 stale_version` when someone changed it since). */
export const changeShift = async (shiftId: string, input: ShiftUpdate, actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  const previous = await ports.time.shift(shiftId);
  if (!previous) throw new NotFoundError('shift', shiftId);
  if (previous.version !== input.version) throw new StaleVersionError('shift', shiftId, input.version);
  if (previous.personId !== input.personId)
    throw new ValidationError('personId', 'a shift does not change person', 'shift_person_fixed');
  const { version: _read, ...fields } = input;
  return planWithRetries(fields, shiftId, previous, actor, ports);
};

/** Removes a shift on the version read: off its day and week, its planning marks freed; refused in an approved week. */
export const removeShift = async (shiftId: string, version: number, actor: Actor, ports: TimePorts) => {
  await authorize(actor, 'time:plan', school, ports.relations);
  const shift = await ports.time.shift(shiftId);
  if (!shift) throw new NotFoundError('shift', shiftId);
  if (shift.version !== version) throw new StaleVersionError('shift', shiftId, version);
  const at = ports.clock.now().toISOString();
  const removed = { ...shift, version: shift.version + 1, updatedAt: at };
  const event = newEvent(
    shiftRemoved,
    {
      shiftId,
      personId: shift.personId,
      ...(shift.link?.projectId && { projectId: shift.link.projectId }),
      day: shift.day,
      monday: shift.monday,
      version: removed.version,
      by: actor.personId,
    },
    { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
  );
  await ports.time.removeShift(shift, [event], entryOfShift(removed, 'shift.removed', actor.personId, at));
};

/** The store's stale error for a day or week item, which the use case retries (not the shift's own version). */
export const staleDayOrWeek = (personId: string) => new StaleVersionError('time-day-or-week', personId, 0);
