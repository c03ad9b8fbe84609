import { periodQuerySchema } from '#domain/attendance/justification';
import { readPupilAbsences } from '#domain/attendance/justify-absences';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** A pupil's absences over a period, where each stands, their justifications and the count in half-days. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const span = parseQuery(event, periodQuerySchema);
  return { status: 200, body: await readPupilAbsences(pupilId, span, actor, absencePorts) };
});
