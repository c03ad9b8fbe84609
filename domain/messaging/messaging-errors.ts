/** The codes of school life's refusals. */
export const messagingErrorCodes = [
  // messages
  // liaison book
  // work groups
  'group_full',
  'last_manager',
  'upload_missing',
  'upload_mismatch',
  'mini_site_not_allowed',
  // notifications
] as const;
