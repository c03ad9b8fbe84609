import * as z from 'zod/mini';
import { authorize } from '../../domain/identity/authorize';
import { agendaQuerySchema } from '../../domain/planning/planning-input';
import { resourceKinds } from '../../domain/planning/planning-resource';
import { readAgenda } from '../../domain/planning/read-agenda';
import { resourceLabels } from '../../domain/planning/resource-labels';
import { NotFoundError } from '../../domain/shared/errors';
import { directory } from '../lib/directory';
import { parseQuery, pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { parseWith } from '../lib/validation';
import { planningPorts } from './adapters/planning-ports';

const kindSchema = z.enum(resourceKinds, `must be one of ${resourceKinds.join(', ')}`);

export const handler = signedInHandler(async (event, actor) => {
  const kind = parseWith(kindSchema, pathParameter(event, 'kind'), 'kind');
  const id = pathParameter(event, 'id');
  const span = parseQuery(event, agendaQuerySchema);
  if (kind === 'person')
    await authorize(actor, 'planning:read-person', { kind: 'person', personId: id }, directory);
  else if (kind === 'class')
    await authorize(actor, 'classes:read', { kind: 'class', classId: id }, directory);
  else await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const person = kind === 'person' ? await directory.person(id) : undefined;
  if (kind === 'person' && !person) throw new NotFoundError('person', id);
  const days = await readAgenda({ kind, id }, span, planningPorts, person);
  return { status: 200, body: { resource: { kind, id, label: await labelOf(kind, id) }, days } };
});

const labelOf = async (kind: (typeof resourceKinds)[number], id: string) => {
  if (kind === 'project') return (await planningPorts.projects.get(id))?.name ?? id;
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
