import { slotMinutes, timeOf } from '#domain/shared/calendar/time-of-day';
import type { CellReading } from './cell-reading';

/** 8h, 8h00, 08h30, 8:30, 08:30:00, 8.30: how timetable software and spreadsheets write a time of day. */
const timePattern = /^(\d{1,2})\s*[hH:.]\s*(\d{2})?(?::00)?$/;

/** A time of day as HH:mm, on a 5-minute mark as the planning needs. */
export const readTime = (cell: string): CellReading<string> => {
  if (cell === '') return { reason: 'is missing' };
  const match = timePattern.exec(cell);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2] ?? 0);
  if (!match || hours > 23 || minutes > 59)
    return { reason: `"${cell}" is not a time such as 8h30 or 08:30` };
  if (minutes % slotMinutes !== 0) return { reason: `"${cell}" is not on a 5-minute mark, such as 8h05` };
  return { value: timeOf(hours * 60 + minutes) };
};
