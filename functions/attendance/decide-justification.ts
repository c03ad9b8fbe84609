import { decisionInputSchema } from '#domain/attendance/justification';
import { decideJustification } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** Vie scolaire accepts or refuses a reason, with a word back: once, on the version read. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const justificationId = pathParameter(event, 'justificationId');
  const input = parseJsonBody(event, decisionInputSchema);
  return {
    status: 200,
    body: await decideJustification(pupilId, justificationId, input, actor, absencePorts),
  };
});
