import type { AuditEntry } from '../audit/audit-entry';
import type { Activity } from '../planning/activity';
import type { PlanningPorts } from '../planning/planning-ports';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import type { MiniSite } from './mini-site';
import type { GeneratedFile } from './mini-site-content';

export interface FeedStore {
  get(feedId: string): Promise<CalendarFeed | undefined>;
  /** Stores a feed with the resources it shows, which lead a planning change to it, and the audit entry. */
  put(feed: CalendarFeed, shows: readonly FeedSelection[], audit?: AuditEntry): Promise<void>;
  showing(resource: FeedSelection): Promise<string[]>;
  madeBy(personId: string): Promise<CalendarFeed[]>;
  active(): Promise<CalendarFeed[]>;
}

export interface MiniSiteStore {
  get(siteId: string): Promise<MiniSite | undefined>;
  put(site: MiniSite, shows: readonly FeedSelection[], audit?: AuditEntry): Promise<void>;
  showing(resource: FeedSelection): Promise<string[]>;
  active(): Promise<MiniSite[]>;
}

/** The site bucket, which CloudFront serves: feeds by signed URL only, mini-sites at their secret address. */
export interface SiteFiles {
  putFeed(feedId: string, ics: string): Promise<void>;
  removeFeed(feedId: string): Promise<void>;
  putMiniSite(token: string, files: readonly GeneratedFile[]): Promise<void>;
  removeMiniSite(token: string): Promise<void>;
}

/** Signs a feed's URL for its public address, until a given instant. */
export type FeedSigner = (feedId: string, origin: string, expiresAt: string) => Promise<string>;

export interface SharingPorts {
  planning: PlanningPorts;
  feeds: FeedStore;
  sites: MiniSiteStore;
  files: SiteFiles;
  signFeed: FeedSigner;
  activities(activityIds: readonly string[]): Promise<Activity[]>;
  school: { schoolId: string; name: string; timeZone: string; locale: string };
}
