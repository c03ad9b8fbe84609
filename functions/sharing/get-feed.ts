import { requireFeed, withLinks } from '#domain/sharing/feeds';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { sharingPorts } from './adapters/sharing-ports';
import { mayManageFeed } from './may-manage-feed';

/** A feed with its links signed afresh (after a key rotation, by the new key). */
export const handler = signedInHandler(async (event, actor) => {
  const feed = await requireFeed(pathParameter(event, 'feedId'), sharingPorts);
  await mayManageFeed(actor, feed);
  return { status: 200, body: await withLinks(feed, publicOrigin(event), sharingPorts) };
});
