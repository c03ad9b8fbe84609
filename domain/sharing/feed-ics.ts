import { namesOf } from '#domain/people/names-of';
import { personIdsIn, visibleItems } from '#domain/planning/visible-planning';
import { schoolYearSpan } from '#domain/shared/calendar/school-year-span';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import type { CalendarFeed } from './calendar-feed';
import { renderIcs } from './ics/render-ics';
import { feedVisibility } from './public-people';
import { sharedEntries } from './shared-entries';
import type { SharingPorts } from './sharing-ports';

/** How often calendar apps are asked to look again: Google decides for itself, others follow it. */
const refreshHours = 4;

/** A feed's calendar: every occurrence of its selection this school year, with names, as an ICS file. */
export const feedIcs = async (feed: CalendarFeed, ports: SharingPorts) => {
  const { planning, school } = ports;
  const span = schoolYearSpan(todayInZone(planning.clock.now(), school.timeZone), school.timeZone);
  const read = await sharedEntries(feed.selection, span, planning);
  const visibility = await feedVisibility(feed, personIdsIn(read), ports);
  const entries = visibleItems(read, visibility);
  const [names, activities] = await Promise.all([
    namesOf(entries, planning),
    ports.activities([...new Set(entries.map((entry) => entry.activityId))]),
  ]);
  return renderIcs({
    calendarName: `${visibility.names(feed.name) ? 'Planning' : feed.name} — ${school.name}`,
    timeZone: school.timeZone,
    uidDomain: `${school.schoolId}.preau`,
    entries,
    activities: new Map(activities.map(({ id, version, updatedAt }) => [id, { version, updatedAt }])),
    names,
    generatedAt: planning.clock.now().toISOString(),
    refreshHours,
  });
};
