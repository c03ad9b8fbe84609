import type { ShiftTimes } from '#domain/time/shift';
import { isCalendarDate, mondayOf, plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { groundsOf, type ShiftBreach } from './time-api';

/** A duration as French people write one: « 7 h 30 », « 11 h », « 45 min » (the minutes always two digits). */
export const durationText = (format: Format, minutes: number) => {
  const words = format.messages.time.duration;
  const sign = minutes < 0 ? '−' : '';
  const whole = Math.abs(Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const text =
    hours === 0
      ? format.message(words.minutes, { minutes: String(rest) })
      : rest === 0
        ? format.message(words.hours, { hours: String(hours) })
        : format.message(words.hoursMinutes, {
            hours: String(hours),
            minutes: String(rest).padStart(2, '0'),
          });
  // Number and unit stay together on a line: « 7 h 30 » never breaks after the 7.
  return sign + text.replace(/ /g, '\u00a0');
};

/** One formatter per zone: the parts of an instant on the school's wall clock. */
const clocks = new Map<string, Intl.DateTimeFormat>();
const clockIn = (zone: string) => {
  const known = clocks.get(zone);
  if (known) return known;
  const made = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  clocks.set(zone, made);
  return made;
};

/** An instant (ISO with its offset) as the school's clock reads it: its day YYYY-MM-DD and time HH:mm. */
export const wallClockOf = (iso: string, zone: string) => {
  const parts = clockIn(zone).formatToParts(Date.parse(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
};

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The zone's offset from UTC, in minutes, at an instant. */
const offsetAt = (instant: number, zone: string) => {
  const { day, time } = wallClockOf(new Date(instant).toISOString(), zone);
  return Math.round((Date.parse(`${day}T${time}:00Z`) - Math.floor(instant / 60_000) * 60_000) / 60_000);
};

/**
 * A day and a time of the school's clock as an ISO date-time with the zone's offset then:
 * `zonedIso('2027-01-15', '09:00', 'Europe/Paris')` is `2027-01-15T09:00:00+01:00`.
 */
export const zonedIso = (day: string, time: string, zone: string) => {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  // The offset at the guessed instant, then again at the instant it gives (right across a change of time).
  const first = offsetAt(asUtc, zone);
  const offset = offsetAt(asUtc - first * 60_000, zone);
  const sign = offset < 0 ? '-' : '+';
  const size = Math.abs(offset);
  return `${day}T${time}:00${sign}${twoDigits(Math.floor(size / 60))}:${twoDigits(size % 60)}`;
};

/** The times of a shift with the day after its start when it ends past midnight. */
export const shiftTimesOf = (
  day: string,
  start: string,
  end: string,
  breakMinutes: number,
  zone: string,
) => ({
  startsAt: zonedIso(day, start, zone),
  endsAt: zonedIso(end <= start ? nextDay(day) : day, end, zone),
  breakMinutes,
});

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A shift's times in words: « 13:30 – 23:30, pause de 30 min ». */
export const timesText = (format: Format, times: ShiftTimes, zone: string) => {
  const start = wallClockOf(times.startsAt, zone);
  const end = wallClockOf(times.endsAt, zone);
  const span = format.timeSpan(start.time, end.time);
  return times.breakMinutes > 0
    ? `${span}, ${format.message(format.messages.time.breakOf, { duration: durationText(format, times.breakMinutes) })}`
    : span;
};

/** The minutes a shift's times hold, breaks left out. */
export const workedMinutes = (times: ShiftTimes) =>
  Math.round((Date.parse(times.endsAt) - Date.parse(times.startsAt)) / 60_000) - times.breakMinutes;

/** A broken rule in French: « Repos quotidien de 11 h non respecté : 9 h 30 entre deux journées ». */
export const breachText = (format: Format, breach: ShiftBreach) => {
  const words = format.messages.time.breaches;
  const template = Object.hasOwn(words, breach.ruleId) ? words[breach.ruleId] : breach.ruleId;
  return format.message(template, {
    limit: durationText(format, breach.limit),
    actual: durationText(format, breach.actual),
  });
};

/** Whether the rulebook lets a planner accept an exception to a breach, on some ground. */
export const allowsException = (breach: ShiftBreach) => groundsOf(breach).length > 0;

/** The Monday of the week an address asks for (any day of it), this week's when it names none or a wrong one. */
export const mondayOfRoute = (asked: string, format: Format) =>
  mondayOf(isCalendarDate(asked) ? asked : format.today());

/** The seven days of a week, from its Monday. */
export const daysOfWeek = (monday: string) =>
  Array.from({ length: 7 }, (_, index) => plusDays(monday, index));

/** Euros as the school's language writes them: « 612,50 € ». */
export const eurosText = (format: Format, cents: number) =>
  new Intl.NumberFormat(format.localeTag, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * A line of a production's cost in words: the hours counted, the rate they were priced at (« 24,50 € de l’heure »,
 * the cost over the priced hours), the cost, or « sans tarif » when no hour has a rate, and the hours without one
 * when only some have (« dont 4 h sans tarif »).
 */
export const costLineOf = (
  format: Format,
  cost: { countedMinutes: number; costCents: number; unpricedMinutes: number },
) => {
  const texts = format.messages.time.cost;
  const priced = cost.countedMinutes - cost.unpricedMinutes;
  return {
    hours: durationText(format, cost.countedMinutes),
    rate:
      priced > 0
        ? format.message(texts.perHour, {
            amount: eurosText(format, Math.round((cost.costCents * 60) / priced)),
          })
        : texts.noRate,
    cost: priced > 0 ? eurosText(format, cost.costCents) : texts.noRate,
    unpriced:
      priced > 0 && cost.unpricedMinutes > 0
        ? format.message(texts.partlyUnpriced, { duration: durationText(format, cost.unpricedMinutes) })
        : undefined,
  };
};
