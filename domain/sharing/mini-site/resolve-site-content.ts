import { fullName } from '#domain/identity/actor';
import type { PersonVisibility } from '#domain/identity/person-visibility';
import { namesOf } from '#domain/people/names-of';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { calendarOfDay } from '#domain/planning/calendar-of-year';
import { byTime } from '#domain/planning/read-agenda';
import { dayStatus } from '#domain/planning/school-calendar';
import { personIdsIn, visibleTitle } from '#domain/planning/visible-planning';
import { daysBetween, mondayOf, plusDays, weekdayOf } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { keyOf } from '#domain/shared/text';
import { selectionLabel } from '../feeds';
import { miniSiteVisibility } from '../public-people';
import { sharedEntries } from '../shared-entries';
import type { SharingPorts } from '../sharing-ports';
import type { MiniSite, MiniSiteTab } from './mini-site';
import type { MiniSiteContent, OccurrenceView, ResolvedTab } from './site-content';

/** How far a project sheet looks ahead. */
const sheetDays = 120;

/** A mini-site's tabs with today's data: names only, and people only where the planner chose to show them. */
export const miniSiteContent = async (site: MiniSite, ports: SharingPorts): Promise<MiniSiteContent> => {
  const now = ports.planning.clock.now();
  const today = todayInZone(now, ports.school.timeZone);
  const tabs: ResolvedTab[] = [];
  for (const [index, tab] of site.tabs.entries()) {
    const resolved = await resolveTab(tab, today, site.locale, ports);
    tabs.push({
      ...resolved,
      slug: `${index + 1}-${keyOf(resolved.title).replaceAll('_', '-').slice(0, 40)}`,
    });
  }
  return {
    site: {
      name: site.name,
      locale: site.locale,
      schoolName: ports.school.name,
      timeZone: ports.school.timeZone,
      generatedAt: now.toISOString(),
    },
    tabs,
  };
};

type Unslugged = ResolvedTab extends infer Tab
  ? Tab extends ResolvedTab
    ? Omit<Tab, 'slug'> & { slug: '' }
    : never
  : never;

const resolveTab = async (
  tab: MiniSiteTab,
  today: string,
  locale: 'fr' | 'en',
  ports: SharingPorts,
): Promise<Unslugged> => {
  const { planning } = ports;
  switch (tab.kind) {
    case 'project-sheet': {
      const project = await planning.projects.get(tab.projectId);
      const entries = project
        ? await planning.planning.agenda(
            { kind: 'project', id: project.id },
            today,
            plusDays(today, sheetDays),
          )
        : [];
      const memberIds = project?.members.map(({ personId }) => personId) ?? [];
      const [people, classes, visibility] = await Promise.all([
        tab.showMembers ? planning.directory.people(memberIds) : [],
        planning.directory.classes(project?.classIds ?? []),
        miniSiteVisibility([...memberIds, ...personIdsIn(entries)], ports),
      ]);
      const roles = new Map(project?.members.map(({ personId, role }) => [personId, role]));
      const name = project ? visibleTitle(project.name, project.kind, visibility) : '—';
      return {
        kind: 'project-sheet',
        slug: '',
        title: visibleTitle(tab.title ?? name, project?.kind, visibility),
        project: {
          name,
          kind: project?.kind ?? 'internal',
          description: project?.description ?? '',
          status: project?.status ?? 'cancelled',
        },
        ...(tab.showMembers && {
          members: people
            .filter(({ personId }) => visibility.sees(personId))
            .map((person) => ({
              name: fullName(person),
              role: roles.get(person.personId) ?? '',
            })),
        }),
        classes: classes.map(({ label }) => label),
        occurrences: await views(entries, visibility, ports),
      };
    }
    case 'planning': {
      const monday = mondayOf(today);
      const span = { from: monday, to: plusDays(monday, tab.weeks * 7 - 1) };
      const entries = await sharedEntries(tab.resource, span, planning);
      const visibility = await miniSiteVisibility(
        [...(tab.resource.kind === 'person' ? [tab.resource.id] : []), ...personIdsIn(entries)],
        ports,
      );
      // A pupil's planning is refused when a site is composed; one who became a pupil since is not named.
      const shown = tab.resource.kind !== 'person' || visibility.sees(tab.resource.id);
      const named = shown ? await selectionLabel(tab.resource, ports).catch(() => tab.resource.id) : '';
      const label = shown ? visibleTitle(named, undefined, visibility) : 'Planning';
      const all = await views(entries, visibility, ports);
      const days = [];
      for (const date of daysBetween(span.from, span.to)) {
        const status = dayStatus(await calendarOfDay(planning.calendars, date), date);
        const items = all.filter((item) => item.date === date);
        if (!status.open && items.length === 0 && isSunday(date)) continue;
        days.push({ date, ...status, items });
      }
      const title = visibleTitle(tab.title ?? label, undefined, visibility);
      return { kind: 'planning', slug: '', title, resourceLabel: label, days };
    }
    case 'daily-bulletin': {
      const [entries, places] = await Promise.all([
        planning.planning.allOn(today),
        planning.directory.activePlaces(),
      ]);
      const onSite = new Set(
        places.filter((place) => !tab.site || keyOf(place.site) === keyOf(tab.site)).map((place) => place.id),
      );
      const chosen = entries.filter((entry) => !tab.site || entry.placeIds.some((id) => onSite.has(id)));
      const status = dayStatus(await calendarOfDay(planning.calendars, today), today);
      const visibility = await miniSiteVisibility(personIdsIn(chosen), ports);
      return {
        kind: 'daily-bulletin',
        slug: '',
        title: tab.title ?? (locale === 'fr' ? 'Aujourd’hui' : 'Today'),
        date: today,
        ...status,
        items: await views(chosen, visibility, ports),
      };
    }
  }
};

const isSunday = (date: string) => weekdayOf(date) === 7;

/** Occurrences as a mini-site shows them: when, what and where; never who. */
const views = async (
  entries: readonly AgendaEntry[],
  visibility: PersonVisibility,
  ports: SharingPorts,
): Promise<OccurrenceView[]> => {
  const names = await namesOf(entries, {
    directory: { ...ports.planning.directory, people: async () => [] },
  });
  const projects = new Map(
    (await ports.planning.projects.many(entries.map((entry) => entry.projectId))).map(
      ({ id, name, kind }) => [id, visibleTitle(name, kind, visibility)],
    ),
  );
  return [...entries].sort(byTime).map((entry) => ({
    date: entry.date,
    start: entry.start,
    end: entry.end,
    title: visibleTitle(entry.title, entry.projectKind, visibility),
    projectName: projects.get(entry.projectId) || undefined,
    places: entry.placeIds.map((id) => names.places.get(id) ?? ''),
    moved: entry.moved,
  }));
};
