import { authorize } from '../../domain/identity/authorize';
import { calendarOfYear } from '../../domain/planning/calendar-of-year';
import { schoolYearOf } from '../../domain/shared/calendar/school-year';
import { directory } from '../lib/directory';
import { todayIn } from '../lib/school-today';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const schoolYear = schoolYearOf(todayIn(planningPorts.school.timeZone));
  return { status: 200, body: await calendarOfYear(planningPorts.calendars, schoolYear) };
});
