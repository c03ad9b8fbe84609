import { removeGroupMember } from '#domain/messaging/work-groups';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A member leaves a group, or a manager removes someone. */
export const handler = signedInHandler(async (event, actor) => {
  const groupId = pathParameter(event, 'groupId');
  await removeGroupMember(groupId, pathParameter(event, 'personId'), actor, workGroupPorts);
  return { status: 204 };
});
