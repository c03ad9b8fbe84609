import { authorize } from '#domain/identity/authorize';
import { newActivitySchema } from '#domain/planning/planning-input';
import { scheduleActivity } from '#domain/planning/schedule-activity';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const projectId = pathParameter(event, 'projectId');
  const input = parseJsonBody(event, newActivitySchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const scheduled = await scheduleActivity(projectId, input, planningPorts);
  return {
    status: 201,
    body: scheduled,
    headers: {
      etag: `"${scheduled.activity.version}"`,
      location: `/api/activities/${scheduled.activity.id}`,
    },
  };
});
