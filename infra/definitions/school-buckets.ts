/**
 * The buckets of a school. Both are private: documents are only ever read through the API (signed URLs later);
 * the site bucket holds what CloudFront serves (the web app under `app/`, later `ics/` and `sites/`) through
 * Origin Access Control only.
 */
export const schoolBuckets = {
  documents: { environmentVariable: 'DOCUMENTS_BUCKET', localSuffix: 'documents' },
  site: { environmentVariable: 'SITE_BUCKET', localSuffix: 'site' },
} as const;

export type SchoolBucket = keyof typeof schoolBuckets;

/** Prefixes inside the site bucket, each served by one CloudFront behaviour. */
export const sitePrefixes = { webApp: 'app' } as const;
