/** How many school days after today the home page shows. */
export const nextDayCount = 2;

/**
 * Today, then the next days the school is open or something takes place (a Saturday rehearsal counts, an empty
 * Sunday does not): today and `nextDayCount` days more, at most.
 */
export const nextDaysOf = <Day extends { date: string; open: boolean; items: readonly unknown[] }>(
  days: readonly Day[],
  today: string,
): Day[] => {
  const first = days.find(({ date }) => date === today);
  const next = days
    .filter(({ date, open, items }) => date > today && (open || items.length > 0))
    .slice(0, nextDayCount);
  return first ? [first, ...next] : next;
};
