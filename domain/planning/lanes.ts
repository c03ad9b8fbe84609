import { minutesOf } from '#domain/shared/calendar/time-of-day';

/** Where a block sits among those it overlaps: its lane, out of how many lanes its group needs. */
export interface Laid<T> {
  item: T;
  lane: number;
  lanes: number;
}

/**
 * Lays out the blocks of one day (or one place) side by side where they overlap, as a calendar does: each takes
 * the first lane free at its start, and every block of a group of overlapping ones shares the group's lane count.
 */
export const layOut = <T extends { start: string; end: string }>(items: readonly T[]): Laid<T>[] => {
  const sorted = [...items].sort(
    (a, b) => minutesOf(a.start) - minutesOf(b.start) || minutesOf(b.end) - minutesOf(a.end),
  );
  const laid: Laid<T>[] = [];
  let group: Laid<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  const closeGroup = () => {
    for (const member of group) member.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = minutesOf(item.start);
    const end = Math.max(minutesOf(item.end), start + 1);
    if (start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    const block = { item, lane, lanes: 1 };
    group.push(block);
    laid.push(block);
    groupEnd = Math.max(groupEnd, end);
  }
  closeGroup();
  return laid;
};
