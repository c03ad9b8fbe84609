import { authorize } from '#domain/identity/authorize';
import { placesDay } from '#domain/planning/places-day';
import { dayQuerySchema } from '#domain/planning/planning-input';
import { personIdsIn, visiblePlacesDay } from '#domain/planning/visible-planning';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, dayQuerySchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  const day = await placesDay(query, planningPorts);
  const visibility = await visibilityFor(actor, personIdsIn(day.places.flatMap((place) => place.items)));
  return { status: 200, body: visiblePlacesDay(day, visibility) };
});
