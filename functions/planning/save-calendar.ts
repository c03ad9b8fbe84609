import { authorize } from '../../domain/identity/authorize';
import { calendarSchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const calendar = parseJsonBody(event, calendarSchema);
  await authorize(actor, 'planning:write', { kind: 'school' }, directory);
  await planningPorts.calendars.put(calendar);
  return { status: 200, body: calendar };
});
