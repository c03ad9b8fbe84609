import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Relations } from '#domain/identity/authorize';
import type { Activity } from '#domain/planning/activity';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { CalendarFeed, FeedSelection } from './calendar-feed';
import type { MiniSite } from './mini-site/mini-site';
import type { GeneratedFile } from './mini-site/site-content';

export interface FeedStore {
  get(feedId: string): Promise<CalendarFeed | undefined>;
  /** Stores a feed with the resources it shows, which lead a planning change to it, and the audit entry. */
  put(feed: CalendarFeed, shows: readonly FeedSelection[], audit?: AuditEntry): Promise<void>;
  showing(resource: FeedSelection): Promise<string[]>;
  madeBy(personId: string): Promise<CalendarFeed[]>;
  active(): Promise<CalendarFeed[]>;
  /**
   * Marks a feed revoked by a conditional write on its record (active → revoked, once), and drops the links that
   * lead planning changes to it. Called again on a revoked feed, it changes nothing and finishes the links. The
   * feed as revoked; undefined when there is none. The audit entry is written with the revocation, once.
   */
  revoke(feedId: string, audit?: AuditEntry): Promise<CalendarFeed | undefined>;
}

export interface MiniSiteStore {
  get(siteId: string): Promise<MiniSite | undefined>;
  put(site: MiniSite, shows: readonly FeedSelection[], audit?: AuditEntry): Promise<void>;
  showing(resource: FeedSelection): Promise<string[]>;
  active(): Promise<MiniSite[]>;
  /** As for feeds: active → revoked by a conditional write, links dropped; undefined when there is none. */
  revoke(siteId: string, audit?: AuditEntry): Promise<MiniSite | undefined>;
}

/** The site bucket, which CloudFront serves: feeds by signed URL only, mini-sites at their secret address. */
export interface SiteFiles {
  putFeed(feedId: string, ics: string): Promise<void>;
  removeFeed(feedId: string): Promise<void>;
  putMiniSite(token: string, files: readonly GeneratedFile[]): Promise<void>;
  removeMiniSite(token: string): Promise<void>;
}

/**
 * The loans' instrument families, for their availability feeds: the family's name, and its calendar over the
 * coming months (the loans module's reads; absent where no feed of a family is made).
 */
export interface InstrumentFamilyFeeds {
  label(family: string): string | undefined;
  ics(family: string, calendarName: string): Promise<string>;
}

/** Signs a feed's URL for its public address, until a given instant. */
export type FeedSigner = (feedId: string, origin: string, expiresAt: string) => Promise<string>;

export interface SharingPorts {
  planning: PlanningPorts;
  feeds: FeedStore;
  sites: MiniSiteStore;
  files: SiteFiles;
  signFeed: FeedSigner;
  instrumentFamilies?: InstrumentFamilyFeeds;
  activities(activityIds: readonly string[]): Promise<Activity[]>;
  school: { schoolId: string; name: string; timeZone: string; locale: string };
  /**
   * The directory's relations: to check again at each regeneration that a feed's maker may still read it, and
   * whether a feed of a pupil was taken by their guardian (then it may name them).
   */
  relations: Relations;
  /** A structured log line: what a regeneration skipped or revoked, with ids only, never names. */
  log: SharingLog;
}

export type SharingLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  detail: Record<string, unknown>,
) => void;
