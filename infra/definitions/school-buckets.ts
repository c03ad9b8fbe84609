/**
 * A school has two private buckets: documents are only ever read through the API; the site bucket holds what
 * CloudFront serves through Origin Access Control only. These are the site bucket's prefixes, each served by one
 * CloudFront behaviour (later `ics/` and `sites/`).
 */
export const sitePrefixes = { webApp: 'app' } as const;

/** Prefixes of the documents bucket whose objects must not outlive their use. */
export const documentPrefixes = {
  /** Activation letters carry plain one-time codes: gone a day after the codes expire. */
  activationBatches: { prefix: 'activation-batches/', keepDays: 31 },
} as const;
