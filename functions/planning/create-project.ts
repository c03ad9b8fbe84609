import { authorize } from '#domain/identity/authorize';
import { createProject } from '#domain/planning/create-project';
import { newProjectSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newProjectSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const project = await createProject(input, planningPorts);
  return {
    status: 201,
    body: project,
    headers: { etag: `"${project.version}"`, location: `/api/projects/${project.id}` },
  };
});
