import { meOf } from './adapters/read-signed-in';
import { signedInHandler } from './adapters/signed-in-handler';

export const handler = signedInHandler(async (_event, actor) => ({ status: 200, body: await meOf(actor) }));
