/**
 * A school has two private buckets: documents are only ever read through the API; the site bucket holds what
 * CloudFront serves through Origin Access Control only. These are the site bucket's prefixes, each served by one
 * CloudFront behaviour (later `ics/` and `sites/`).
 */
export const sitePrefixes = { webApp: 'app' } as const;
