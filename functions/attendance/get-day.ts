import { readLiveDay } from '#domain/attendance/live-day';
import { calendarDateSchema } from '#domain/shared/input-types';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { attendancePorts } from './adapters/attendance-ports';

/** Vie scolaire's live day: absences per course and pupil, registers not taken, pupils absent then present. */
export const handler = signedInHandler(async (event, actor) => {
  const date = parseWith(calendarDateSchema, pathParameter(event, 'date'), 'date');
  return { status: 200, body: await readLiveDay(date, actor, attendancePorts) };
});
