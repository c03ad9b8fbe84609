import { authorize } from '#domain/identity/authorize';
import { calendarSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const calendar = parseJsonBody(event, calendarSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  await planningPorts.calendars.put(calendar);
  return { status: 200, body: calendar };
});
