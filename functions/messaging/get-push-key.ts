import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pushKeys } from './adapters/web-push-sender';

/** The school's VAPID public key, which a browser subscribes to pushes with. */
export const handler = signedInHandler(async () => ({
  status: 200,
  body: { publicKey: (await pushKeys()).publicKey },
}));
