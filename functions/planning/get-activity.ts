import { authorize } from '../../domain/identity/authorize';
import { readActivity } from '../../domain/planning/read-activity';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const activityId = pathParameter(event, 'activityId');
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const activity = await readActivity(activityId, planningPorts);
  return { status: 200, body: activity, headers: { etag: `"${activity.activity.version}"` } };
});
