import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { hoursRecorded } from '#events/time/time-events';
import {
  dayOfShift,
  maxBreakMinutes,
  type ShiftTimes,
  spanMinutesOf,
  workedMinutesOf,
  zonedDateTimeSchema,
} from './shift';
import {
  actualHoursFarFromPlan,
  actualHoursInFuture,
  invalidShiftTimes,
  WeekApprovedError,
} from './time-errors';
import type { HoursShift, PersonWeek, TimeHoursPorts } from './time-hours-ports';

/**
 * What was worked on a shift, entered by its person or their manager, beside what was planned. The actual hours
 * count for the shift's week (the planned day's), whose item adds them in the same transaction; an approved week
 * refuses them (`week_approved`) until it is reopened.
 */
export const actualHoursInputSchema = z.strictObject({
  startsAt: zonedDateTimeSchema,
  endsAt: zonedDateTimeSchema,
  breakMinutes: z._default(
    z
      .int('must be a whole number of minutes')
      .check(z.gte(0, 'must not be negative'), z.lte(maxBreakMinutes, `must be at most ${maxBreakMinutes}`)),
    0,
  ),
  version: z.int('must be the shift’s version').check(z.gte(1, 'must be the shift’s version')),
});
export type ActualHoursInput = z.output<typeof actualHoursInputSchema>;

/** How far from the planned day the actual start may be: a shift moved to the day before or after, no more. */
const maxDaysFromPlan = 1;

/** Refuses actual times that make no shift, or that start far from the plan or in the future. */
export const checkActualTimes = (planned: ShiftTimes, actual: ShiftTimes, zone: string, now: Date) => {
  const span = spanMinutesOf(actual);
  if (span <= 0) throw invalidShiftTimes('endsAt', 'must be after the start');
  if (span > 24 * 60) throw invalidShiftTimes('endsAt', 'must be at most 24 hours after the start');
  if (actual.breakMinutes >= span) throw invalidShiftTimes('breakMinutes', 'must be shorter than the shift');
  if (Math.abs(daysFrom(dayOfShift(planned, zone), dayOfShift(actual, zone))) > maxDaysFromPlan)
    throw actualHoursFarFromPlan();
  if (DateTime.fromISO(actual.startsAt, { setZone: true }).toMillis() > now.getTime())
    throw actualHoursInFuture();
  return actual;
};

/** The shift with its actual times, and how much its week's actual minutes move; refused in an approved week. */
export const decideActualHours = (
  shift: HoursShift,
  week: PersonWeek,
  input: ActualHoursInput,
  context: { zone: string; now: Date },
) => {
  if (input.version !== shift.version) throw new StaleVersionError('shift', shift.shiftId, input.version);
  if (week.approved) throw new WeekApprovedError(shift.monday);
  const actual = checkActualTimes(
    shift.planned,
    { startsAt: input.startsAt, endsAt: input.endsAt, breakMinutes: input.breakMinutes },
    context.zone,
    context.now,
  );
  const deltaMinutes = workedMinutesOf(actual) - (shift.actual ? workedMinutesOf(shift.actual) : 0);
  return {
    shift: { ...shift, actual, version: shift.version + 1, updatedAt: context.now.toISOString() },
    deltaMinutes,
  };
};

/** Each round of a race lets one writer of the week through: as many tries as a team's week has writers at once. */
const attempts = 10;

/**
 * 1. read the shift, then its week; 2. decide (the version the person read, the lock, the times); 3. write the
 * shift and the week's actual minutes in one transaction on the versions read. Another write to the week in between
 * (another shift's hours, an approval): read again and decide again, so an approval wins with `week_approved`.
 */
export const recordActualHours = async (
  shiftId: string,
  input: ActualHoursInput,
  actor: Actor,
  ports: TimeHoursPorts,
) => {
  for (let attempt = 1; ; attempt += 1) {
    const shift = await ports.hours.shift(shiftId);
    if (!shift) throw new NotFoundError('shift', shiftId);
    await authorize(actor, 'time:record', { kind: 'person', personId: shift.personId }, ports.directory);
    const [week] = await ports.hours.weeks([{ personId: shift.personId, monday: shift.monday }]);
    if (!week) throw new NotFoundError('week', shift.monday);
    const now = ports.clock.now();
    const decision = decideActualHours(shift, week, input, { zone: ports.school.timeZone, now });
    const event = newEvent(
      hoursRecorded,
      {
        shiftId,
        personId: shift.personId,
        monday: shift.monday,
        actualMinutes: workedMinutesOf(decision.shift.actual),
        plannedMinutes: workedMinutesOf(shift.planned),
        recordedBy: actor.personId,
      },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: now.toISOString() },
    );
    try {
      await ports.hours.recordActual(decision.shift, week, decision.deltaMinutes, [event]);
      return { shift: decision.shift };
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
};
