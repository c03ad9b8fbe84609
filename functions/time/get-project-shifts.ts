import { readProjectShifts } from '#domain/time/read-team-week';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** A production's or project's shifts, by start. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readProjectShifts(pathParameter(event, 'projectId'), actor, timePorts),
}));
