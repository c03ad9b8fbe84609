import { authorize } from '#domain/identity/authorize';
import { projectResource } from '#domain/planning/project-resource';
import { readProject } from '#domain/planning/read-project';
import { personIdsIn, visibleProjectSheet } from '#domain/planning/visible-planning';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const sheet = await readProject(projectId, planningPorts);
  await authorize(actor, 'projects:read', projectResource(sheet.project), directory);
  const visibility = await visibilityFor(actor, [
    ...sheet.project.members.map((member) => member.personId),
    ...personIdsIn(sheet.activities),
  ]);
  return {
    status: 200,
    body: visibleProjectSheet(sheet, visibility),
    headers: { etag: `"${sheet.project.version}"` },
  };
});
