import { authorize } from '../../domain/identity/authorize';
import { revokeMiniSite } from '../../domain/sharing/mini-site/publish-mini-site';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  const siteId = pathParameter(event, 'siteId');
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  return { status: 200, body: { site: await revokeMiniSite(siteId, sharingPorts, actor) } };
});
