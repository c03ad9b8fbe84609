/** Local wall-clock times, HH:mm, on 5-minute marks: a collège's 55-minute hours and a conservatoire's 45-minute lessons fit. */
export const slotMinutes = 5;

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The 5-minute slots a span of a day holds, as their indexes from midnight (0 … 287): 14:00–14:15 holds 168, 169
 * and 170. Two spans overlap exactly when they share a slot; one ending at 10:00 and one starting then do not.
 */
export const slotsOf = (start: string, end: string): number[] => {
  const first = minutesOf(start) / slotMinutes;
  const last = minutesOf(end) / slotMinutes;
  return Array.from({ length: last - first }, (_, index) => first + index);
};
