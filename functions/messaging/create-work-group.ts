import { groupView } from '#domain/messaging/group-view';
import { newWorkGroupSchema } from '#domain/messaging/work-group';
import { createWorkGroup } from '#domain/messaging/work-groups';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** A teacher, staff member or administrator creates a work group, with its first members. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newWorkGroupSchema);
  const space = await createWorkGroup(input, actor, workGroupPorts);
  return {
    status: 201,
    body: await groupView(space, actor, workGroupPorts),
    headers: { location: `/api/work-groups/${space.group.id}` },
  };
});
