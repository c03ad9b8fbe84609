import type { ResourceKind } from '#domain/planning/planning-resource';

/** A tab of a consultation mini-site, as the planner composes it. */
export type MiniSiteTab =
  | { kind: 'project-sheet'; projectId: string; title?: string; showMembers: boolean }
  | { kind: 'planning'; resource: { kind: ResourceKind; id: string }; title?: string; weeks: number }
  | { kind: 'daily-bulletin'; title?: string; site?: string };

/**
 * A static consultation site for people without an account (parents of the cast, guest musicians): pages
 * generated into the site bucket under an unguessable address, regenerated when their sources change.
 */
export interface MiniSite {
  siteId: string;
  /** 128 random bits, base64url: the address `/s/<token>/`. */
  token: string;
  name: string;
  locale: 'fr' | 'en';
  tabs: MiniSiteTab[];
  status: 'active' | 'revoked';
  createdAt: string;
  version: number;
}
