import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { ValidationError } from '#domain/shared/errors';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import {
  intermittentHeaders,
  intermittentLinesOf,
  type MonthQuery,
  payrollHeaders,
  payrollLinesOf,
  weeksOfMonth,
} from './payroll-export';
import type { TimeHoursPorts } from './time-hours-ports';
import {
  firstOfMonth,
  lastOfMonth,
  maxTotalsDays,
  mondaysBetween,
  personTotalsOf,
  projectCostOf,
  weeksToReadFor,
} from './time-totals';

/**
 * The totals and exports, read: a person's (their own, or anyone's for planners) or everyone's who worked in the
 * span (planners); a production's hours and cost (planners); the month's payroll and intermittents' lines. Each
 * reads the shifts of the weeks it spans (a query of GSI2 a week), the people's contracts and week items in a
 * BatchGetItem each, and the names from the directory.
 */

export const totalsQuerySchema = z.strictObject({
  personId: z.optional(idSchema),
  from: z.optional(calendarDateSchema),
  to: z.optional(calendarDateSchema),
});
export type TotalsQuery = z.output<typeof totalsQuerySchema>;

const spanOf = (query: TotalsQuery, today: string) => {
  const from = query.from ?? firstOfMonth(today.slice(0, 7));
  const to = query.to ?? (query.from ? from : lastOfMonth(today.slice(0, 7)));
  if (to < from) throw new ValidationError('to', 'must not be before from');
  if (daysFrom(from, to) + 1 > maxTotalsDays)
    throw new ValidationError(
      'to',
      `must be at most ${maxTotalsDays} days after from`,
      'invalid',
      maxTotalsDays,
    );
  return { from, to };
};

const namesOf = async (personIds: readonly string[], ports: TimeHoursPorts) =>
  new Map((await ports.directory.people(personIds)).map((person) => [person.personId, fullName(person)]));

/** Totals by week, month and rolling 12 weeks, planned and actual, by kind of hour. */
export const readTotals = async (query: TotalsQuery, actor: Actor, ports: TimeHoursPorts) => {
  const zone = ports.school.timeZone;
  const span = spanOf(query, todayInZone(ports.clock.now(), zone));
  if (query.personId)
    await authorize(actor, 'time:read', { kind: 'person', personId: query.personId }, ports.directory);
  else await authorize(actor, 'time:approve', { kind: 'school' }, ports.directory);
  const shifts = await ports.hours.shiftsOfWeeks(weeksToReadFor(span.from, span.to), query.personId);
  const personIds = query.personId
    ? [query.personId]
    : [
        ...new Set(
          shifts.filter(({ day }) => day >= span.from && day <= span.to).map(({ personId }) => personId),
        ),
      ];
  const mondays = mondaysBetween(span.from, span.to);
  const [contracts, weeks, names] = await Promise.all([
    ports.hours.contracts(personIds),
    ports.hours.weeks(personIds.flatMap((personId) => mondays.map((monday) => ({ personId, monday })))),
    namesOf(personIds, ports),
  ]);
  const people = personIds
    .map((personId) => ({
      ...personTotalsOf(personId, span, shifts, weeks, { zone, contracts }),
      name: names.get(personId) ?? '',
    }))
    .sort((left, right) => left.name.localeCompare(right.name, 'fr'));
  return { ...span, people };
};

/** A production's hours and cost per person and in all, at each contract's hourly rate. */
export const readProjectTotals = async (projectId: string, actor: Actor, ports: TimeHoursPorts) => {
  await authorize(actor, 'time:approve', { kind: 'school' }, ports.directory);
  const shifts = await ports.hours.shiftsOfProject(projectId);
  const personIds = [...new Set(shifts.map(({ personId }) => personId))];
  const [contracts, names] = await Promise.all([ports.hours.contracts(personIds), namesOf(personIds, ports)]);
  const { people, total } = projectCostOf(shifts, contracts);
  return {
    projectId,
    people: people
      .map((cost) => ({ ...cost, name: names.get(cost.personId) ?? '' }))
      .sort((left, right) => left.name.localeCompare(right.name, 'fr')),
    total,
  };
};

/** The month's shifts, the week items of the people in them, their contracts and names. */
const monthReads = async (month: string, actor: Actor, ports: TimeHoursPorts) => {
  await authorize(actor, 'time:approve', { kind: 'school' }, ports.directory);
  const mondays = weeksOfMonth(month);
  const shifts = (await ports.hours.shiftsOfWeeks(mondays)).filter(({ day }) => day.startsWith(`${month}-`));
  const personIds = [...new Set(shifts.map(({ personId }) => personId))];
  const [contracts, weeks, names] = await Promise.all([
    ports.hours.contracts(personIds),
    ports.hours.weeks(personIds.flatMap((personId) => mondays.map((monday) => ({ personId, monday })))),
    namesOf(personIds, ports),
  ]);
  return { shifts, weeks, context: { month, zone: ports.school.timeZone, contracts, names } };
};

/** The payroll lines of a month, for the CSV. */
export const payrollExport = async ({ month }: MonthQuery, actor: Actor, ports: TimeHoursPorts) => {
  const { shifts, weeks, context } = await monthReads(month, actor, ports);
  return {
    fileName: `heures-paie-${month}.csv`,
    headers: payrollHeaders,
    rows: payrollLinesOf(shifts, weeks, context),
  };
};

/** The intermittents' contracts of a month with their hours and cachets, for the CSV. */
export const intermittentsExport = async ({ month }: MonthQuery, actor: Actor, ports: TimeHoursPorts) => {
  const { shifts, weeks, context } = await monthReads(month, actor, ports);
  return {
    fileName: `heures-intermittents-${month}.csv`,
    headers: intermittentHeaders,
    rows: intermittentLinesOf(shifts, weeks, context),
  };
};
