import { authorizeFeed } from '#domain/sharing/feed-rights';
import { createFeed } from '#domain/sharing/feeds';
import { newFeedSchema } from '#domain/sharing/sharing-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { directory } from '#functions/people/adapters/directory';
import { sharingPorts } from './adapters/sharing-ports';

/** Anyone gets a feed of their own planning (or their child's); planners share any planning. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newFeedSchema);
  await authorizeFeed(actor, input.selection, directory);
  const created = await createFeed(input, actor, publicOrigin(event), sharingPorts);
  return { status: 201, body: created, headers: { location: `/api/feeds/${created.feed.feedId}` } };
});
