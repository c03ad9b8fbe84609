import { authorize } from '../../domain/identity/authorize';
import { withAddress } from '../../domain/sharing/mini-site/publish-mini-site';
import { directory } from '../lib/directory';
import { publicOrigin } from '../lib/public-origin';
import { signedInHandler } from '../lib/signed-in-handler';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  const origin = publicOrigin(event);
  return {
    status: 200,
    body: { items: (await sharingPorts.sites.active()).map((site) => withAddress(site, origin)) },
  };
});
