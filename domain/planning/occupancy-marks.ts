import { minutesOf, slotMinutes } from '#domain/shared/calendar/time-of-day';

/**
 * How a resource-day records what holds it, so that a store can refuse an overlap with conditions alone:
 * - `hNN`: the hour NN is touched, even partly;
 * - `fNN`: the hour NN is held whole;
 * - `sNNN`: the 5-minute slot NNN (from midnight) is held, written only for hours held in part.
 * A span holding a whole hour overlaps whatever touches that hour; a span holding part of an hour overlaps a span
 * holding it whole, or one of the same 5-minute slots. A whole school day takes some 30 marks, not 170 slots: the
 * condition stays within DynamoDB's 4 KB expressions.
 */
export interface OccupancyMarks {
  /** Marks the span writes. */
  holds: string[];
  /** Marks that must be free (or held by the same activity only) for the span to fit. */
  needsFree: string[];
}

const slotsPerHour = 60 / slotMinutes;
const pad = (value: number, length: number) => String(value).padStart(length, '0');

export const occupancyMarks = (start: string, end: string): OccupancyMarks => {
  const first = minutesOf(start) / slotMinutes;
  const last = minutesOf(end) / slotMinutes;
  const holds: string[] = [];
  const needsFree: string[] = [];
  for (let hour = Math.floor(first / slotsPerHour); hour * slotsPerHour < last; hour += 1) {
    const from = Math.max(first, hour * slotsPerHour);
    const to = Math.min(last, (hour + 1) * slotsPerHour);
    const touched = `h${pad(hour, 2)}`;
    const whole = `f${pad(hour, 2)}`;
    if (to - from === slotsPerHour) {
      holds.push(touched, whole);
      needsFree.push(touched);
      continue;
    }
    const slots = Array.from({ length: to - from }, (_, index) => `s${pad(from + index, 3)}`);
    holds.push(touched, ...slots);
    needsFree.push(whole, ...slots);
  }
  return { holds, needsFree };
};
