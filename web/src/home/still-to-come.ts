/** The time it is now in a time zone (the school's), HH:mm, as the planning writes its hours. */
export const nowIn = (timeZone?: string, now = new Date()) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('hour')}:${part('minute')}`;
};

/** The activities not over yet at `time` (those under way, then the next ones), in time order. */
export const stillToCome = <Item extends { start: string; end: string; title: string }>(
  items: readonly Item[],
  time: string,
): Item[] =>
  items
    .filter(({ end }) => end > time)
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));

/** An activity in two rooms is listed under each: the day of the school counts and lists it once. */
export const dedupeItems = <Item extends { activityId: string; seriesDate: string }>(
  items: readonly Item[],
) => [...new Map(items.map((item) => [`${item.activityId}#${item.seriesDate}`, item])).values()];
