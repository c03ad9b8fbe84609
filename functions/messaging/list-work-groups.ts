import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { workGroupPorts } from './adapters/work-group-ports';

/** The groups one is a member of, by name. */
export const handler = signedInHandler(async (_event, actor) => {
  const groups = await workGroupPorts.groups.groupsOf(actor.personId);
  return { status: 200, body: { groups: groups.sort((a, b) => a.name.localeCompare(b.name, 'fr')) } };
});
