import { authorize } from '../../domain/identity/authorize';
import { freePlaces } from '../../domain/planning/free-places';
import { freePlacesQuerySchema } from '../../domain/planning/planning-input';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, freePlacesQuerySchema);
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: { items: await freePlaces(query, planningPorts) } };
});
