import { readTeam } from '#domain/time/staff-contracts';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { timePorts } from './adapters/time-ports';

/** The technical team, by name, with each one's contract in force. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readTeam(actor, timePorts),
}));
