import { authorize } from '#domain/identity/authorize';
import { createMiniSite } from '#domain/sharing/mini-site/publish-mini-site';
import { newMiniSiteSchema } from '#domain/sharing/sharing-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { directory } from '#functions/people/adapters/directory';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newMiniSiteSchema);
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  const created = await createMiniSite(input, publicOrigin(event), sharingPorts, actor);
  return { status: 201, body: created, headers: { location: `/api/mini-sites/${created.site.siteId}` } };
});
