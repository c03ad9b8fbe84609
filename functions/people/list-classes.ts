import { listClasses } from '#domain/people/list-classes';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '../people/adapters/directory';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listClasses(actor, directory) },
}));
