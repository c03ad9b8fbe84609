import { authorize } from '../../domain/identity/authorize';
import { projectResource } from '../../domain/planning/project-resource';
import { readProject } from '../../domain/planning/read-project';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const sheet = await readProject(projectId, planningPorts);
  await authorize(actor, 'projects:read', projectResource(sheet.project), directory);
  return { status: 200, body: sheet, headers: { etag: `"${sheet.project.version}"` } };
});
