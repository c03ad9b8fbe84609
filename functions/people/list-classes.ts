import { listClasses } from '../../domain/people/list-classes';
import { directory } from '../lib/directory';
import { signedInHandler } from '../lib/signed-in-handler';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listClasses(actor, directory) },
}));
