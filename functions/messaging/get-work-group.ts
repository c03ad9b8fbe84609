import { groupView } from '#domain/messaging/group-view';
import { requireMemberSpace } from '#domain/messaging/work-groups';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A group for its members: who is in it, its documents and topics; to anyone else it does not exist. */
export const handler = signedInHandler(async (event, actor) => {
  const space = await requireMemberSpace(pathParameter(event, 'groupId'), actor, workGroupPorts);
  return { status: 200, body: await groupView(space, actor, workGroupPorts) };
});
