import { authorize } from '#domain/identity/authorize';
import { revokeMiniSite } from '#domain/sharing/mini-site/publish-mini-site';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  const siteId = pathParameter(event, 'siteId');
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  return { status: 200, body: { site: await revokeMiniSite(siteId, sharingPorts, actor) } };
});
