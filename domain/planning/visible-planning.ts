import type { PersonVisibility } from '#domain/identity/person-visibility';
import type { AgendaItem } from './agenda-entry';
import type { ProjectKind } from './project';
import type { readActivity } from './read-activity';
import type { readProject } from './read-project';

/**
 * The redaction every planning-shaped answer goes through, after `personVisibility` said whom the reader may see:
 * the people they may not see are removed, ids and names, and the slot still shows as taken. A title (or a
 * project's name) that names one of them gives way to a neutral one.
 */
export const neutralTitle = (kind: ProjectKind | undefined) => (kind === 'course' ? 'Cours' : 'Occupé');

/** Every person id an answer's entries hold: what `personVisibility` is asked about, in one batch. */
export const personIdsIn = (entries: Iterable<{ personIds: readonly string[] }>) =>
  [...entries].flatMap((entry) => entry.personIds);

export const visibleTitle = (title: string, kind: ProjectKind | undefined, visibility: PersonVisibility) =>
  visibility.names(title) ? neutralTitle(kind) : title;

/** An occurrence, an activity or any slot with people and a title, as the reader may see it. */
export const visibleEntry = <Entry extends { personIds: string[]; title: string }>(
  entry: Entry,
  kind: ProjectKind | undefined,
  visibility: PersonVisibility,
): Entry => ({
  ...entry,
  personIds: entry.personIds.filter(visibility.sees),
  title: visibleTitle(entry.title, kind, visibility),
});

/** Agenda items carry their project's kind. */
export const visibleItems = <Item extends { personIds: string[]; title: string; projectKind: ProjectKind }>(
  items: readonly Item[],
  visibility: PersonVisibility,
) => items.map((item) => visibleEntry(item, item.projectKind, visibility));

/** A conflict on a person the reader may not see is not theirs to know of; the other activity's title is checked. */
export const visibleConflicts = <Conflict extends { resource: { kind: string; id: string }; title: string }>(
  conflicts: readonly Conflict[],
  visibility: PersonVisibility,
) =>
  conflicts
    .filter(({ resource }) => resource.kind !== 'person' || visibility.sees(resource.id))
    .map((conflict) => ({ ...conflict, title: visibleTitle(conflict.title, undefined, visibility) }));

/** The days of an agenda (a place's, a person's, a class's, a project's week) as the reader may see them. */
export const visibleDays = <Day extends { items: AgendaItem[] }>(
  days: readonly Day[],
  visibility: PersonVisibility,
) => days.map((day) => ({ ...day, items: visibleItems(day.items, visibility) }));

/** The general planning of a day, place by place. */
export const visiblePlacesDay = <Answer extends { places: { items: AgendaItem[] }[] }>(
  answer: Answer,
  visibility: PersonVisibility,
): Answer => ({
  ...answer,
  places: answer.places.map((place) => ({ ...place, items: visibleItems(place.items, visibility) })),
});

/** An activity with its project, occurrences and overlaps (`readActivity`). */
export const visibleActivity = (
  answer: Awaited<ReturnType<typeof readActivity>>,
  visibility: PersonVisibility,
) => ({
  ...answer,
  activity: visibleEntry(answer.activity, answer.project.kind, visibility),
  project: { ...answer.project, name: visibleTitle(answer.project.name, answer.project.kind, visibility) },
  conflicts: visibleConflicts(answer.conflicts, visibility),
});

/** A project sheet (`readProject`): its members and people are those the reader may see. */
export const visibleProjectSheet = (
  sheet: Awaited<ReturnType<typeof readProject>>,
  visibility: PersonVisibility,
) => ({
  ...sheet,
  project: {
    ...sheet.project,
    name: visibleTitle(sheet.project.name, sheet.project.kind, visibility),
    members: sheet.project.members.filter((member) => visibility.sees(member.personId)),
  },
  activities: sheet.activities.map((activity) => visibleEntry(activity, sheet.project.kind, visibility)),
  people: sheet.people.filter((person) => visibility.sees(person.personId)),
});
