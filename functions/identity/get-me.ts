import { readMe } from '#domain/people/read-me';
import { directory } from '#functions/people/adapters/directory';
import { signedInHandler } from './adapters/signed-in-handler';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readMe(actor, directory),
}));
