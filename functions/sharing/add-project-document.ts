import { authorize } from '#domain/identity/authorize';
import { addProjectDocument, newDocumentSchema } from '#domain/planning/project-documents';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { projectFiles } from './adapters/project-files';

const files = projectFiles();

/** Adds a document to a project sheet: its entry, and a short link the browser uploads the file to. */
export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const input = parseJsonBody(event, newDocumentSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const { project, document } = await addProjectDocument(projectId, input, planningPorts);
  return {
    status: 201,
    body: { document, uploadUrl: await files.uploadUrl(projectId, document) },
    headers: { etag: `"${project.version}"` },
  };
});
