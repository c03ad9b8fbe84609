import { authorize } from '#domain/identity/authorize';
import { freePlaces } from '#domain/planning/free-places';
import { freePlacesQuerySchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, freePlacesQuerySchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: { items: await freePlaces(query, planningPorts) } };
});
