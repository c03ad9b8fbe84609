import { authorize } from '#domain/identity/authorize';
import { requireVisiblePerson } from '#domain/identity/person-visibility';
import { agendaQuerySchema } from '#domain/planning/planning-input';
import { resourceKindSchema, type resourceKinds } from '#domain/planning/planning-resource';
import { readAgenda } from '#domain/planning/read-agenda';
import { resourceLabels } from '#domain/planning/resource-labels';
import { personIdsIn, visibleDays, visibleTitle } from '#domain/planning/visible-planning';
import { NotFoundError } from '#domain/shared/errors';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor, visibilityPorts } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(resourceKindSchema, pathParameter(event, 'kind'), 'kind');
  const id = pathParameter(event, 'id');
  const span = parseQuery(event, agendaQuerySchema);
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
  return {
    status: 200,
    body: { resource: { kind, id, label: label ?? id }, days: visibleDays(days, visibility) },
  };
});

const labelOf = async (kind: Exclude<(typeof resourceKinds)[number], 'project'>, id: string) => {
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
