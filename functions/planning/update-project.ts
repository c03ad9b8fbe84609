import { authorize } from '#domain/identity/authorize';
import { projectChangesSchema } from '#domain/planning/planning-input';
import { updateProject } from '#domain/planning/update-project';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { expectedVersion, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const changes = parseJsonBody(event, projectChangesSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const project = await updateProject(projectId, changes, expectedVersion(event), planningPorts);
  return { status: 200, body: project, headers: { etag: `"${project.version}"` } };
});
