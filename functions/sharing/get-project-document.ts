import { authorize } from '#domain/identity/authorize';
import { requireDocument, requireProject } from '#domain/planning/project-documents';
import { projectResource } from '#domain/planning/project-resource';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { projectFiles } from './adapters/project-files';

const files = projectFiles();

/** A short download link to a document of a project sheet, for those who may read the sheet. */
export const handler = signedInHandler(async (event, actor) => {
  const project = await requireProject(pathParameter(event, 'projectId'), planningPorts);
  await authorize(actor, 'projects:read', projectResource(project), directory);
  const document = requireDocument(project, pathParameter(event, 'documentId'));
  return { status: 200, body: { document, url: await files.downloadUrl(project.id, document) } };
});
