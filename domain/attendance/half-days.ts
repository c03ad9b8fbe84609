/**
 * Half-days as the law counts absences (Code de l'éducation, R131-…): a morning or an afternoon of the school's
 * own clock. An absence in any course of a half-day counts that half-day once; a course across noon counts both.
 */
export type Half = 'am' | 'pm';
export interface HalfDay {
  date: string;
  half: Half;
}

/** The afternoon begins at noon, on the school's wall clock. */
export const afternoonStartsAt = '12:00';

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The date and time an instant reads on the wall clocks of a zone (across summer time). */
export const wallClockAt = (instant: string | Date, timeZone: string) => {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

/** Sorts half-days in time: `2026-12-07#am` < `2026-12-07#pm` < `2026-12-08#am`. */
export const halfDayKey = (halfDay: HalfDay) => `${halfDay.date}#${halfDay.half}`;

export const halfDayOfKey = (key: string): HalfDay => ({
  date: key.slice(0, 10),
  half: key.slice(11) === 'pm' ? 'pm' : 'am',
});

/**
 * The half-days a course takes, from its start to its end (an instant each): its morning if it starts before noon,
 * its afternoon if it ends after noon. A course that ends on another day (a night rehearsal) counts its first day.
 */
export const halfDaysOf = (course: { startsAt: string; endsAt: string }, timeZone: string): HalfDay[] => {
  const start = wallClockAt(course.startsAt, timeZone);
  const end = wallClockAt(course.endsAt, timeZone);
  const endsLater = end.date > start.date;
  const halves: HalfDay[] = [];
  if (start.time < afternoonStartsAt) halves.push({ date: start.date, half: 'am' });
  if (endsLater || end.time > afternoonStartsAt || start.time >= afternoonStartsAt)
    halves.push({ date: start.date, half: 'pm' });
  return halves;
};

/** The month (YYYY-MM) a half-day belongs to: the four-half-days rule counts a calendar month. */
export const monthOf = (halfDay: HalfDay) => halfDay.date.slice(0, 7);
