import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { requireVisiblePerson } from '#domain/identity/person-visibility';
import type { ResourceKind } from '#domain/planning/planning-resource';
import { readAgenda } from '#domain/planning/read-agenda';
import { resourceLabels } from '#domain/planning/resource-labels';
import { personIdsIn, visibleDays, visibleTitle } from '#domain/planning/visible-planning';
import { NotFoundError } from '#domain/shared/errors';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor, visibilityPorts } from './person-visibility-ports';
import { planningPorts } from './planning-ports';

/**
 * The planning of a place, a person, a class, a project or a piece of equipment over some days, as the one asking
 * may see it: a person's only if they may see that person, a class's if they may read the class, any other's with
 * the planning's reading right; then the people they may not see are taken out, and titles naming them neutral.
 * The agenda and its printed timetable both answer through it, so that paper shows no more than the screen.
 */
export const readVisibleAgenda = async (
  actor: Actor,
  { kind, id }: { kind: ResourceKind; id: string },
  span: { from: string; to: string },
) => {
  if (kind === 'person') await requireVisiblePerson(actor, id, visibilityPorts);
  else if (kind === 'class')
    await authorize(actor, 'classes:read', { kind: 'class', classId: id }, directory);
  else await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const person = kind === 'person' ? await directory.person(id) : undefined;
  if (kind === 'person' && !person) throw new NotFoundError('person', id);
  const days = await readAgenda({ kind, id }, span, planningPorts, person);
  const project = kind === 'project' ? await planningPorts.projects.get(id) : undefined;
  const visibility = await visibilityFor(actor, [
    ...personIdsIn(days.flatMap((day) => day.items)),
    ...(project?.members.map((member) => member.personId) ?? []),
  ]);
  const label =
    kind === 'project'
      ? project && visibleTitle(project.name, project.kind, visibility)
      : await labelOf(kind, id);
  return { resource: { kind, id, label: label ?? id }, days: visibleDays(days, visibility) };
};

const labelOf = async (kind: Exclude<ResourceKind, 'project'>, id: string) => {
  const resources = { placeIds: [], personIds: [], classIds: [], equipmentIds: [] } as Record<
    string,
    string[]
  >;
  const field = { place: 'placeIds', person: 'personIds', class: 'classIds', equipment: 'equipmentIds' }[
    kind
  ];
  resources[field] = [id];
  const label = await resourceLabels(resources as never, planningPorts.directory, { check: false });
  return label({ kind, id });
};
