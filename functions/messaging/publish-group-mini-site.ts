import { publishGroupMiniSite } from '#domain/messaging/group-mini-site';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { workGroupPorts } from './adapters/work-group-ports';

/** A manager publishes the group's public page, once allowed: its unguessable address. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const miniSite = await publishGroupMiniSite(groupId, publicOrigin(event), actor, workGroupPorts);
  return { status: 200, body: { miniSite } };
});
