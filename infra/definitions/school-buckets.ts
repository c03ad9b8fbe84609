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
  /**
   * Files uploaded with a signed form and not yet sent or shared (a message's attachments, a work group's
   * documents): moved elsewhere when used; what was never used is gone the next day.
   */
  pendingUploads: { prefix: 'uploads/', keepDays: 1 },
} as const;

/** Where a browser's upload waits until it is used: `uploads/<folder>/<owner>/<id>` (the day-long rule above). */
export const pendingUploadKey = (folder: string, ownerId: string, id: string) =>
  `${documentPrefixes.pendingUploads.prefix}${folder}/${ownerId}/${id}`;

/**
 * Messages' attachments, `message-attachments/<messageId>/<attachmentId>`, follow their message's retention (the
 * end of its school year plus the school's retention, 0 to 365 days: at most 731 days after it is sent). Each file
 * is tagged `keep-days` with the days from its sending to its message's expiry, rounded up to a step of 30, and one
 * lifecycle rule per step removes it then: a file outlives its message by less than 30 days, during which the
 * download refuses it (the message is gone). A file without the tag goes after the longest retention.
 */
export const messageAttachments = {
  prefix: 'message-attachments/',
  tagKey: 'keep-days',
  stepDays: 30,
  longestDays: 750,
} as const;

export const messageAttachmentKey = (messageId: string, attachmentId: string) =>
  `${messageAttachments.prefix}${messageId}/${attachmentId}`;

/** The `keep-days` steps of the lifecycle rules: 30, 60, … 750. */
export const messageAttachmentSteps = Array.from(
  { length: messageAttachments.longestDays / messageAttachments.stepDays },
  (_, index) => (index + 1) * messageAttachments.stepDays,
);

/** The step a file is tagged with: the days until its message expires (epoch seconds), rounded up. */
export const keepDaysOf = (expiresAt: number, now: Date) => {
  const days = Math.max(1, Math.ceil((expiresAt * 1000 - now.getTime()) / 86_400_000));
  return Math.min(
    messageAttachments.longestDays,
    Math.ceil(days / messageAttachments.stepDays) * messageAttachments.stepDays,
  );
};

/** Documents of project sheets (scores, technical riders, programmes): kept as long as their project lists them. */
export const projectDocumentKey = (projectId: string, documentId: string) =>
  `projects/${projectId}/${documentId}`;

/** The photos of an instrument of the inventory: kept as long as its item lists them (loans, L4). */
export const itemPhotoKey = (itemId: string, photoId: string) => `loans/items/${itemId}/photos/${photoId}`;
/** Where a photo of an item waits once uploaded, until staff add it to the item (the day-long rule above). */
export const pendingItemPhotoKey = (itemId: string, photoId: string) =>
  pendingUploadKey('loans-photos', itemId, photoId);

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
