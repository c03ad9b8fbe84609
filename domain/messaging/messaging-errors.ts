/** The codes of school life's refusals. */
export const messagingErrorCodes = [
  // messages
  // liaison book
  // work groups
  // notifications
] as const;
