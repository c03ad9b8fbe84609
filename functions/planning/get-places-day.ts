import { authorize } from '../../domain/identity/authorize';
import { placesDay } from '../../domain/planning/places-day';
import { dayQuerySchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, dayQuerySchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: await placesDay(query, planningPorts) };
});
