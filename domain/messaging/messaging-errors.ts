/** The codes of school life's refusals. */
export const messagingErrorCodes = [
  // messages
  'recipients_not_allowed',
  'no_recipients',
  // liaison book
  // work groups
  // notifications
] as const;
