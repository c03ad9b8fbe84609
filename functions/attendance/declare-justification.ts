import { justificationInputSchema } from '#domain/attendance/justification';
import { declareJustification } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** A guardian declares an absence ahead or justifies one, over a span of half-days: it awaits staff. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const input = parseJsonBody(event, justificationInputSchema);
  return { status: 201, body: await declareJustification(pupilId, input, actor, absencePorts) };
});
