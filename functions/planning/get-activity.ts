import { authorize } from '#domain/identity/authorize';
import { readActivity } from '#domain/planning/read-activity';
import { visibleActivity } from '#domain/planning/visible-planning';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const activityId = pathParameter(event, 'activityId');
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const read = await readActivity(activityId, planningPorts);
  const visibility = await visibilityFor(actor, [
    ...read.activity.personIds,
    ...read.conflicts.flatMap(({ resource }) => (resource.kind === 'person' ? [resource.id] : [])),
  ]);
  const activity = visibleActivity(read, visibility);
  return { status: 200, body: activity, headers: { etag: `"${activity.activity.version}"` } };
});
