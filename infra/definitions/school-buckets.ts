/**
 * A school has two private buckets: documents are only ever read through the API; the site bucket holds what
 * CloudFront serves through Origin Access Control only. These are the site bucket's prefixes, each served by one
 * CloudFront behaviour: the web app, calendar feeds (signed URLs only) and consultation mini-sites.
 */
export const sitePrefixes = { webApp: 'app', feeds: 'feeds', miniSites: 's' } as const;

/** Where a feed's file lives in the site bucket, and its path for CloudFront (the same). */
export const feedPath = (feedId: string) => `${sitePrefixes.feeds}/${feedId}.ics`;

/** Where a mini-site's files live: `s/<token>/index.html`. */
export const miniSitePath = (token: string, file = '') => `${sitePrefixes.miniSites}/${token}/${file}`;

/** Prefixes of the documents bucket whose objects must not outlive their use. */
export const documentPrefixes = {
  /** Activation letters carry plain one-time codes: gone a day after the codes expire. */
  activationBatches: { prefix: 'activation-batches/', keepDays: 31 },
  /** Files uploaded for an import: personal data, kept long enough to check and apply, then gone. */
  imports: { prefix: 'imports/', keepDays: 30 },
  /** Files of next year's imports wait for the switch: prepared in June, written at the end of August. */
  nextYearImports: { prefix: 'imports-next-year/', keepDays: 180 },
  /** Exports of the directory: downloaded at once, kept a week. */
  exports: { prefix: 'exports/', keepDays: 7 },
} as const;

/** Documents of project sheets (scores, technical riders, programmes): kept as long as their project lists them. */
export const projectDocumentKey = (projectId: string, documentId: string) =>
  `projects/${projectId}/${documentId}`;

/**
 * Who may upload to the documents bucket from a browser: the school's portal, with the short-lived links the API
 * signs (PUT), and the upload forms of school life’s documents (POST; import files are too large to pass through
 * a function). Nothing else is allowed cross-origin.
 */
export const documentsUploadCors = (portalOrigins: string[]) => ({
  allowedMethods: ['PUT', 'POST'] as const,
  allowedOrigins: portalOrigins,
  allowedHeaders: ['content-type'],
  maxAgeSeconds: 3000,
});

/** The local portal's origins: a school listens on a port chosen at start. */
export const localPortalOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];
