import { requireFeed, revokeFeed } from '#domain/sharing/feeds';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { sharingPorts } from './adapters/sharing-ports';
import { mayManageFeed } from './may-manage-feed';

export const handler = signedInHandler(async (event, actor) => {
  const feed = await requireFeed(pathParameter(event, 'feedId'), sharingPorts);
  await mayManageFeed(actor, feed);
  return { status: 200, body: { feed: await revokeFeed(feed.feedId, sharingPorts, actor) } };
});
