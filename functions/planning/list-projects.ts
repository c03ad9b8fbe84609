import { authorize } from '../../domain/identity/authorize';
import { projectFilterSchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const filter = parseQuery(event, projectFilterSchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const { mine, ...byKindAndStatus } = filter;
  const projects = mine
    ? (await planningPorts.projects.ofMember(actor.personId)).filter(
        ({ kind, status }) =>
          (!filter.kind || kind === filter.kind) && (!filter.status || status === filter.status),
      )
    : await planningPorts.projects.list(byKindAndStatus);
  return {
    status: 200,
    body: {
      items: projects.map((project) => ({
        id: project.id,
        kind: project.kind,
        name: project.name,
        status: project.status,
        subject: 'subject' in project ? project.subject : undefined,
      })),
    },
  };
});
