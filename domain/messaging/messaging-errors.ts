/** The codes of school life's refusals. */
export const messagingErrorCodes = [
  // messages
  // liaison book
  'liaison_no_guardians',
  'liaison_already_signed',
  'liaison_all_signed',
  'liaison_reminded_today',
  // work groups
  // notifications
] as const;
