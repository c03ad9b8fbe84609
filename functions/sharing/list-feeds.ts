import { authorize } from '../../domain/identity/authorize';
import { withLinks } from '../../domain/sharing/feeds';
import { feedListQuerySchema } from '../../domain/sharing/sharing-input';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { publicOrigin } from '../lib/public-origin';
import { signedInHandler } from '../lib/signed-in-handler';
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
