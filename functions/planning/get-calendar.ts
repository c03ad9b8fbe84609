import { authorize } from '#domain/identity/authorize';
import { calendarOfYear } from '#domain/planning/calendar-of-year';
import { schoolYearOf } from '#domain/shared/calendar/school-year';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const schoolYear = schoolYearOf(todayIn(planningPorts.school.timeZone));
  return { status: 200, body: await calendarOfYear(planningPorts.calendars, schoolYear) };
});
