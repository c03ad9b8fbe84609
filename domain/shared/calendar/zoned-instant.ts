const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterOf = (zone: string) => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

/** Minutes the zone's wall clock is ahead of UTC at an instant. */
const offsetAt = (time: number, zone: string) => {
  const parts = formatterOf(zone).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((each) => each.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(time / 1000) * 1000) / 60_000);
};

/**
 * A local wall-clock time on a day, as a UTC instant (`2026-10-25T01:30:00Z`). A time the autumn hour repeats is
 * taken in its second, winter occurrence; a time the spring gap skips moves forward by the gap.
 */
export const instantOf = (date: string, time: string, zone: string) => {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // The offsets in force half a day either side: a day holds one change of offset at the most.
  const offsets = [offsetAt(wall - 43_200_000, zone), offsetAt(wall + 43_200_000, zone)];
  const instants = offsets
    .map((offset) => wall - offset * 60_000)
    .filter((instant, index) => offsetAt(instant, zone) === offsets[index]);
  const instant = instants.length > 0 ? Math.max(...instants) : wall - Math.min(...offsets) * 60_000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
};
