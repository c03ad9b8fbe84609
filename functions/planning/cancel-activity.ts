import { authorize } from '#domain/identity/authorize';
import { cancelActivity } from '#domain/planning/cancel-activity';
import { cancellationSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { expectedVersion, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const activityId = pathParameter(event, 'activityId');
  const cancellation = parseJsonBody(event, cancellationSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  const cancelled = await cancelActivity(activityId, cancellation, expectedVersion(event), planningPorts);
  return { status: 200, body: cancelled, headers: { etag: `"${cancelled.activity.version}"` } };
});
