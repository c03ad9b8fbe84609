import { listMyCourses } from '#domain/attendance/live-day';
import { dayQuerySchema } from '#domain/attendance/register';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { attendancePorts } from './adapters/attendance-ports';

/** A teacher's course sessions of a day, each with its register taken or not: the « Appel » page. */
export const handler = signedInHandler(async (event, actor) => {
  const { date } = parseQuery(event, dayQuerySchema);
  return { status: 200, body: await listMyCourses(date, actor, attendancePorts) };
});
