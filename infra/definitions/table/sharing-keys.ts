import { keyPrefixes } from './key-prefixes';

/**
 * Calendar feeds and mini-sites in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a calendar feed by id                    | PK = FEED#<id>, SK = FEED                              | table |
 * | feeds showing a resource (to regenerate) | PK = FEEDS-OF#<kind>#<id>, SK begins_with FEED#        | table |
 * | the feeds a person made                  | PK = PERSON#<id>, SK begins_with FEED#                 | table |
 * | every active feed (planners)             | GSI1PK = FEEDS#active                                  | GSI1  |
 * | a mini-site by id                        | PK = MINISITE#<id>, SK = MINISITE                      | table |
 * | mini-sites showing a resource            | PK = SITES-OF#<kind>#<id>, SK begins_with MINISITE#    | table |
 * | every active mini-site                   | GSI1PK = MINISITES#active                              | GSI1  |
 */
export const sharingKeyPrefixes = keyPrefixes('sharing', {
  partitions: ['FEED#', 'FEEDS#', 'FEEDS-OF#', 'MINISITE#', 'MINISITES#', 'SITES-OF#'],
  sortKeys: { 'PERSON#': ['FEED#'] },
});

export const sharingKeys = {
  feed: (feedId: string) => ({ PK: `FEED#${feedId}`, SK: 'FEED' }),
  feedIndexAttributes: (feed: { feedId: string; status: string; createdAt: string }) =>
    feed.status === 'active' ? { GSI1PK: 'FEEDS#active', GSI1SK: `${feed.createdAt}#${feed.feedId}` } : {},
  activeFeeds: () => ({ index: 'GSI1', partitionKey: 'FEEDS#active' }) as const,
  feedOf: (kind: string, id: string, feedId: string) => ({
    PK: `FEEDS-OF#${kind}#${id}`,
    SK: `FEED#${feedId}`,
  }),
  feedsOf: (kind: string, id: string) => ({ partitionKey: `FEEDS-OF#${kind}#${id}` }),
  feedBy: (personId: string, feedId: string) => ({ PK: `PERSON#${personId}`, SK: `FEED#${feedId}` }),
  feedPrefix: 'FEED#',
  site: (siteId: string) => ({ PK: `MINISITE#${siteId}`, SK: 'MINISITE' }),
  siteIndexAttributes: (site: { siteId: string; status: string; createdAt: string }) =>
    site.status === 'active'
      ? { GSI1PK: 'MINISITES#active', GSI1SK: `${site.createdAt}#${site.siteId}` }
      : {},
  activeSites: () => ({ index: 'GSI1', partitionKey: 'MINISITES#active' }) as const,
  siteOf: (kind: string, id: string, siteId: string) => ({
    PK: `SITES-OF#${kind}#${id}`,
    SK: `MINISITE#${siteId}`,
  }),
  sitesOf: (kind: string, id: string) => ({ partitionKey: `SITES-OF#${kind}#${id}` }),
};
