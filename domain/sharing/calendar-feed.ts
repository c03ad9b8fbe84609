import type { ResourceKind } from '#domain/planning/planning-resource';

/**
 * What a calendar feed shows: the planning of a person (with their classes' courses), a class, a project, a place…
 * or, for the staff who keep the loans, an instrument family's availability (`instrument-family`, its id the
 * family: `strings`), which names nobody.
 */
export interface FeedSelection {
  kind: ResourceKind | 'instrument-family';
  id: string;
}

/** A selection of a planning: what mini-sites show, and what a planning change leads to. */
export type PlanningSelection = FeedSelection & { kind: ResourceKind };

/**
 * A calendar feed: an ICS file in the site bucket, regenerated when the planning it shows changes, reached through
 * a CloudFront signed URL that lasts until the end of the school year. Revoking removes the file: the URL dies.
 */
export interface CalendarFeed {
  feedId: string;
  name: string;
  selection: FeedSelection;
  createdBy: { personId: string; name: string };
  createdAt: string;
  status: 'active' | 'revoked';
  /** The signed URL's expiry, ISO: the end of the school year (its last day, evening, in UTC). */
  expiresAt: string;
  version: number;
}
