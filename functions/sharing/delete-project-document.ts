import { authorize } from '#domain/identity/authorize';
import { removeProjectDocument } from '#domain/planning/project-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { projectFiles } from './adapters/project-files';

const files = projectFiles();

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const documentId = pathParameter(event, 'documentId');
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const project = await removeProjectDocument(projectId, documentId, planningPorts);
  await files.remove(projectId, documentId);
  return { status: 200, body: project, headers: { etag: `"${project.version}"` } };
});
