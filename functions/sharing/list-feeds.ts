import { authorize } from '#domain/identity/authorize';
import { withLinks } from '#domain/sharing/feeds';
import { feedListQuerySchema } from '#domain/sharing/sharing-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { publicOrigin } from '#functions/lib/public-origin';
import { directory } from '#functions/people/adapters/directory';
import { sharingPorts } from './adapters/sharing-ports';

/** The feeds one made, with their links; planners may list every active feed of the school. */
export const handler = signedInHandler(async (event, actor) => {
  const { all } = parseQuery(event, feedListQuerySchema);
  if (all) await authorize(actor, 'sharing:publish', { kind: 'school' }, directory);
  const feeds = all ? await sharingPorts.feeds.active() : await sharingPorts.feeds.madeBy(actor.personId);
  const origin = publicOrigin(event);
  return {
    status: 200,
    body: { items: await Promise.all(feeds.map((feed) => withLinks(feed, origin, sharingPorts))) },
  };
});
