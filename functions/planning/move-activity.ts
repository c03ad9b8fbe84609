import { authorize } from '#domain/identity/authorize';
import { moveActivity } from '#domain/planning/move-activity';
import { moveSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { expectedVersion, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const activityId = pathParameter(event, 'activityId');
  const move = parseJsonBody(event, moveSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const moved = await moveActivity(activityId, move, expectedVersion(event), planningPorts);
  return { status: 200, body: moved, headers: { etag: `"${moved.activity.version}"` } };
});
