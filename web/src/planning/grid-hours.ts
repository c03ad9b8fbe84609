import { minutesOf, timeOf } from '#domain/shared/calendar/time-of-day';

/** The hours a planning grid shows: from 8:00 to 22:00, in quarter hours. */
export const gridStart = 8 * 60;
export const gridEnd = 22 * 60;
export const quarters = (gridEnd - gridStart) / 15;

/** The full hours written along the grid: 8:00 … 21:00. */
export const gridHours = Array.from({ length: (gridEnd - gridStart) / 60 }, (_, index) =>
  timeOf(gridStart + index * 60),
);

/**
 * Where a span sits on the grid, as fractions of its length: an activity that starts before 8:00 or ends after
 * 22:00 is cut at the edge, and one wholly outside keeps a sliver at the edge so that it is not lost.
 */
export const spanOnGrid = ({ start, end }: { start: string; end: string }) => {
  const length = gridEnd - gridStart;
  const sliver = 15;
  const from = Math.min(Math.max(minutesOf(start), gridStart), gridEnd - sliver);
  const to = Math.max(Math.min(minutesOf(end), gridEnd), from + sliver);
  return { offset: (from - gridStart) / length, size: (to - from) / length };
};

/** The time at a fraction of the grid's length, to the nearest quarter hour, within the grid. */
export const timeAtFraction = (fraction: number) => {
  const within = Math.min(Math.max(fraction, 0), 1);
  const quarter = Math.min(Math.round((within * (gridEnd - gridStart)) / 15), quarters - 1);
  return timeOf(gridStart + quarter * 15);
};
