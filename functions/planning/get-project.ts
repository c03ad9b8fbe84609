import { authorize } from '../../domain/identity/authorize';
import { readProject } from '../../domain/planning/read-project';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const sheet = await readProject(projectId, planningPorts);
  const { members, classIds } = sheet.project;
  const memberIds = members.map(({ personId }) => personId);
  await authorize(actor, 'projects:read', { kind: 'project', projectId, memberIds, classIds }, directory);
  return { status: 200, body: sheet, headers: { etag: `"${sheet.project.version}"` } };
});
