/** What the sharing API answers: the domain's own types, so that the page and the API cannot drift apart. */
import type { CalendarFeed, FeedSelection } from '#domain/sharing/calendar-feed';
import type { MiniSite, MiniSiteTab } from '#domain/sharing/mini-site/mini-site';

export type { CalendarFeed, FeedSelection, MiniSite, MiniSiteTab };

/** A feed and, while it is active, its signed link: `https://…` to paste, `webcal://…` to open the calendar app. */
export interface FeedWithLinks {
  feed: CalendarFeed;
  url?: string;
  webcalUrl?: string;
}

/** A mini-site and, while it is online, its address. */
export interface SiteWithAddress {
  site: MiniSite;
  url?: string;
}

/** A mini-site as the planner composes it; the API fills in what is left out (members hidden, two weeks). */
export interface NewMiniSite {
  name: string;
  locale: 'fr' | 'en';
  tabs: MiniSiteTab[];
}
