import { namesOf } from '#domain/people/names-of';
import { personIdsIn, visibleItems } from '#domain/planning/visible-planning';
import { schoolYearSpan } from '#domain/shared/calendar/school-year-span';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { NotFoundError } from '#domain/shared/errors';
import type { CalendarFeed, PlanningSelection } from './calendar-feed';
import { renderIcs } from './ics/render-ics';
import { feedVisibility } from './public-people';
import { sharedEntries } from './shared-entries';
import type { SharingPorts } from './sharing-ports';

/** How often calendar apps are asked to look again: Google decides for itself, others follow it. */
const refreshHours = 4;

/** A feed's calendar: every occurrence of its selection this school year, with names, as an ICS file. */
export const feedIcs = async (feed: CalendarFeed, ports: SharingPorts) => {
  const { planning, school } = ports;
  if (feed.selection.kind === 'instrument-family') return familyIcs(feed, ports);
  const span = schoolYearSpan(todayInZone(planning.clock.now(), school.timeZone), school.timeZone);
  const read = await sharedEntries(feed.selection as PlanningSelection, span, planning);
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

/** An instrument family's availability: the loans module writes it, naming nobody. */
const familyIcs = (feed: CalendarFeed, ports: SharingPorts) => {
  if (!ports.instrumentFamilies) throw new NotFoundError('instrument-family', feed.selection.id);
  return ports.instrumentFamilies.ics(feed.selection.id, `${feed.name} — ${ports.school.name}`);
};
