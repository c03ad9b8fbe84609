import type { AgendaEntry } from '#domain/planning/agenda-entry';
import type { ProjectKind } from '#domain/planning/project';
import type { IcsInput } from '../ics-input';

type Names = IcsInput['names'];

const nbsp = '\u00a0';

const kindLabels: Record<ProjectKind, string> = {
  course: 'Cours',
  exam: 'Examen',
  production: 'Production',
  internal: 'Projet interne',
  external: 'Projet externe',
};

/** LOCATION: the names of the occurrence's places, none when it has no place. */
export const locationOf = (entry: AgendaEntry, names: Names): string | null =>
  namesOf(entry.placeIds, names.places).join(', ') || null;

/** DESCRIPTION, one line each: what kind of project, for which classes, with whom, whether it left its usual slot. */
export const descriptionOf = (entry: AgendaEntry, names: Names): string => {
  const classes = namesOf(entry.classIds, names.classes);
  const people = namesOf(entry.personIds, names.people);
  return [
    kindLabels[entry.projectKind],
    classes.length > 0 ? `Classes${nbsp}: ${classes.join(', ')}` : undefined,
    people.length > 0 ? `Avec${nbsp}: ${people.join(', ')}` : undefined,
    entry.moved ? 'Déplacé' : undefined,
  ]
    .filter((line) => line !== undefined)
    .join('\n');
};

/** Ids without a name (a person removed since) are left out rather than shown as ids. */
const namesOf = (ids: readonly string[], known: ReadonlyMap<string, string>) =>
  ids.flatMap((id) => {
    const name = known.get(id);
    return name === undefined ? [] : [name];
  });
