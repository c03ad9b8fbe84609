import type { DeleteJson, GetJson, SendJson } from '../shell/http/json-calls';
import { segment } from '../shell/http/url-parts';
import type { FeedSelection, FeedWithLinks, NewMiniSite, SiteWithAddress } from './sharing-types';

/** The calls of sharing: calendar feeds of a planning, and the mini-sites planners publish. */
export const sharingApi = (getJson: GetJson, postJson: SendJson, deleteJson: DeleteJson) => ({
  /** Anyone may take a feed of their own planning (a guardian, their child's); planners, of any planning. */
  createFeed: (selection: FeedSelection) => postJson<Required<FeedWithLinks>>('/api/feeds', { selection }),

  /** The feeds one made; `all` lists every active feed of the school (planners). */
  feeds: async (all: boolean, signal?: AbortSignal): Promise<FeedWithLinks[]> =>
    (await getJson<{ items: FeedWithLinks[] }>(all ? '/api/feeds?all=true' : '/api/feeds', signal)).items,

  /** The link answers 403 from then on; the planning can be shared again, with a new link. */
  revokeFeed: (feedId: string) => deleteJson<FeedWithLinks>(`/api/feeds/${segment(feedId)}`),

  miniSites: async (signal?: AbortSignal): Promise<SiteWithAddress[]> =>
    (await getJson<{ items: SiteWithAddress[] }>('/api/mini-sites', signal)).items,

  createMiniSite: (site: NewMiniSite) => postJson<Required<SiteWithAddress>>('/api/mini-sites', site),

  revokeMiniSite: (siteId: string) => deleteJson<SiteWithAddress>(`/api/mini-sites/${segment(siteId)}`),
});
