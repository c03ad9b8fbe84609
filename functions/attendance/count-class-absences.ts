import { countClass } from '#domain/attendance/count-absences';
import { periodQuerySchema } from '#domain/attendance/justification';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** A class's half-day counts over a period, per pupil and in all, lateness apart. */
export const handler = signedInHandler(async (event, actor) => {
  const classId = pathParameter(event, 'classId');
  const span = parseQuery(event, periodQuerySchema);
  return { status: 200, body: await countClass(classId, span, actor, absencePorts) };
});
