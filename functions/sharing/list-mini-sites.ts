import { authorize } from '#domain/identity/authorize';
import { withAddress } from '#domain/sharing/mini-site/publish-mini-site';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { publicOrigin } from '#functions/lib/public-origin';
import { directory } from '#functions/people/adapters/directory';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  const origin = publicOrigin(event);
  return {
    status: 200,
    body: { items: (await sharingPorts.sites.active()).map((site) => withAddress(site, origin)) },
  };
});
