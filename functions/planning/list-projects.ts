import { authorize } from '../../domain/identity/authorize';
import { projectFilterSchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const filter = parseQuery(event, projectFilterSchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const projects = await planningPorts.projects.list(filter);
  return {
    status: 200,
    body: {
      items: projects.map(({ id, kind, name, status, subject }) => ({ id, kind, name, status, subject })),
    },
  };
});
