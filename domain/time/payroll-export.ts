import * as z from 'zod/mini';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { contractCovers, type StaffContract } from './contract';
import { type ContractHours, contractHoursOf } from './intermittent-hours';
import { rulebooks } from './rulebooks';
import type { HoursShift, PersonWeek } from './time-hours-ports';
import {
  countedTimesOf,
  firstOfMonth,
  type HourKindName,
  hourKindNames,
  kindMinutesOf,
  lastOfMonth,
  mondaysBetween,
  nightOf,
} from './time-totals';

/**
 * The month's hours for payroll, in lines a payroll clerk reads in French Excel: one line per person, week (cut at
 * the month's bounds) and kind of hour, with the week's approval; and the hours of the intermittents' contracts,
 * counted as France Travail does (`intermittent-hours.ts`). The minutes counted are the actual ones where entered,
 * the planned ones otherwise (the line says which weeks are approved, so the clerk sees what is final).
 */

export const monthQuerySchema = z.strictObject({
  month: z
    .string('must be a month YYYY-MM')
    .check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')),
});
export type MonthQuery = z.output<typeof monthQuerySchema>;

/** The Mondays whose weeks hold days of the month. */
export const weeksOfMonth = (month: string) => mondaysBetween(firstOfMonth(month), lastOfMonth(month));

/** A day as French payroll writes it: 07/03/2027. */
const frenchDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** Minutes as hours with a French decimal comma: 450 → 7,50. */
export const frenchHours = (minutes: number) => (minutes / 60).toFixed(2).replace('.', ',');

const kindWordsFr: Record<HourKindName, string> = {
  normal: 'Normales',
  night: 'Nuit',
  sunday: 'Dimanche',
  publicHoliday: 'Jour férié',
};

const contractWordsFr: Record<StaffContract['kind'], string> = {
  'public-local': 'Fonctionnaire territorial',
  'public-state': 'Fonctionnaire d’État',
  'private-idcc-1285': 'Salarié IDCC 1285',
  intermittent: 'Intermittent',
};

export const payrollHeaders = [
  'Identifiant',
  'Nom',
  'Contrat',
  'Du',
  'Au',
  'Nature des heures',
  'Heures',
  'Semaine approuvée',
] as const;

export interface PayrollContext {
  month: string;
  zone: string;
  contracts: ReadonlyMap<string, readonly StaffContract[]>;
  names: ReadonlyMap<string, string>;
}

/** The payroll lines of a month: its shifts' counted minutes by person, week and kind; a week's kinds of 0 left out. */
export const payrollLinesOf = (
  shifts: readonly HoursShift[],
  weeks: readonly PersonWeek[],
  context: PayrollContext,
) => {
  const { month } = context;
  const approved = new Set(
    weeks.filter((week) => week.approved).map((week) => `${week.personId}#${week.monday}`),
  );
  const inMonth = shifts.filter(({ day }) => day.startsWith(`${month}-`));
  const sums = new Map<string, Record<HourKindName, number> & { personId: string; monday: string }>();
  for (const shift of inMonth) {
    const key = `${shift.personId}#${shift.monday}`;
    const sum = sums.get(key) ?? {
      personId: shift.personId,
      monday: shift.monday,
      normal: 0,
      night: 0,
      sunday: 0,
      publicHoliday: 0,
    };
    const night = nightOf(context.contracts.get(shift.personId), shift.day);
    const kinds = kindMinutesOf(countedTimesOf(shift), context.zone, night);
    for (const kind of hourKindNames) sum[kind] += kinds[kind];
    sums.set(key, sum);
  }
  const nameOf = (personId: string) => context.names.get(personId) ?? '';
  const sorted = [...sums.values()].sort(
    (left, right) =>
      nameOf(left.personId).localeCompare(nameOf(right.personId), 'fr') ||
      left.personId.localeCompare(right.personId) ||
      left.monday.localeCompare(right.monday),
  );
  return sorted.flatMap((sum) => {
    const from = [sum.monday, firstOfMonth(month)].sort().at(-1) as string;
    const to = [plusDays(sum.monday, 6), lastOfMonth(month)].sort()[0] as string;
    const contract = context.contracts.get(sum.personId)?.find((each) => contractCovers(each, from));
    return hourKindNames
      .filter((kind) => sum[kind] > 0)
      .map((kind) => ({
        Identifiant: sum.personId,
        Nom: nameOf(sum.personId),
        Contrat: contract ? contractWordsFr[contract.kind] : '',
        Du: frenchDay(from),
        Au: frenchDay(to),
        'Nature des heures': kindWordsFr[kind],
        Heures: frenchHours(sum[kind]),
        'Semaine approuvée': approved.has(`${sum.personId}#${sum.monday}`) ? 'oui' : 'non',
      }));
  });
};

export const intermittentHeaders = [
  'Identifiant',
  'Nom',
  'Contrat du',
  'au',
  'Rémunération',
  'Décompte',
  'Cachets',
  'Heures',
  'Semaines approuvées',
] as const;

const countingWordsFr: Record<ContractHours['counting'], string> = {
  hours: 'Heures travaillées',
  'cachets-alone': 'Cachets isolés (12 h)',
  'cachets-grouped': 'Cachets groupés (8 h par jour)',
};

/**
 * The month's hours of each intermittent contract that runs in it: a contract paid by the hour counts the minutes
 * worked on its days in the month; a contract paid by cachet a cachet for each day of it with a shift in the month,
 * counted alone or grouped by the contract's length.
 */
export const intermittentLinesOf = (
  shifts: readonly HoursShift[],
  weeks: readonly PersonWeek[],
  context: PayrollContext,
) => {
  const { month } = context;
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const approved = new Set(
    weeks.filter((week) => week.approved).map((week) => `${week.personId}#${week.monday}`),
  );
  const nameOf = (personId: string) => context.names.get(personId) ?? '';
  const contracts = [...context.contracts.entries()].flatMap(([personId, list]) =>
    list
      .filter(
        (each) => each.kind === 'intermittent' && each.from <= last && (each.until ?? each.from) >= first,
      )
      .map((contract) => ({ personId, contract })),
  );
  return contracts
    .sort(
      (left, right) =>
        nameOf(left.personId).localeCompare(nameOf(right.personId), 'fr') ||
        left.contract.from.localeCompare(right.contract.from),
    )
    .map(({ personId, contract }) => {
      const worked = shifts.filter(
        (shift) =>
          shift.personId === personId &&
          shift.day >= first &&
          shift.day <= last &&
          contractCovers(contract, shift.day),
      );
      const contractId = `${personId}:${contract.from}`;
      const hours = contractHoursOf(
        contract.pay === 'cachets'
          ? {
              contractId,
              pay: 'cachets',
              from: contract.from,
              until: contract.until ?? contract.from,
              cachetDays: worked.map(({ day }) => day),
            }
          : {
              contractId,
              pay: 'hours',
              workedMinutes: worked.reduce(
                (sum, shift) => sum + kindMinutesOf(countedTimesOf(shift), context.zone).worked,
                0,
              ),
            },
        rulebooks.intermittent.cachets,
      );
      const mondays = [...new Set(worked.map(({ monday }) => monday))];
      return {
        Identifiant: personId,
        Nom: nameOf(personId),
        'Contrat du': frenchDay(contract.from),
        au: frenchDay(contract.until ?? contract.from),
        Rémunération: contract.pay === 'cachets' ? 'Cachets' : 'Heures',
        Décompte: countingWordsFr[hours.counting],
        Cachets: String(hours.cachets),
        Heures: frenchHours(hours.minutes),
        'Semaines approuvées':
          mondays.length === 0
            ? ''
            : mondays.every((monday) => approved.has(`${personId}#${monday}`))
              ? 'oui'
              : 'non',
      };
    });
};
