import { readMe } from '../../domain/people/read-me';
import { directory } from '../lib/directory';
import { signedInHandler } from '../lib/signed-in-handler';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await readMe(actor, directory),
}));
