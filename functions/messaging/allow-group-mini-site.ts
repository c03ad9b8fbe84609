import { allowGroupMiniSite } from '#domain/messaging/group-mini-site';
import { miniSiteChoiceSchema } from '#domain/messaging/work-group';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A manager allows the group's public page, or takes it down. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  const { allowed } = parseJsonBody(event, miniSiteChoiceSchema);
  return {
    status: 200,
    body: { miniSite: await allowGroupMiniSite(groupId, allowed, actor, workGroupPorts) },
  };
});
