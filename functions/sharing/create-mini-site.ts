import { authorize } from '../../domain/identity/authorize';
import { createMiniSite } from '../../domain/sharing/mini-site/publish-mini-site';
import { newMiniSiteSchema } from '../../domain/sharing/sharing-input';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { publicOrigin } from '../lib/public-origin';
import { signedInHandler } from '../lib/signed-in-handler';
import { sharingPorts } from './adapters/sharing-ports';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newMiniSiteSchema);
  await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  const created = await createMiniSite(input, publicOrigin(event), sharingPorts, actor);
  return { status: 201, body: created, headers: { location: `/api/mini-sites/${created.site.siteId}` } };
});
