/** The codes of school life's refusals. */
export const messagingErrorCodes = [
  // messages
  'recipients_not_allowed',
  'no_recipients',
  // messages: attachments
  'attachment_unknown',
  'attachment_already_sent',
  'attachment_withdrawn',
  // messages: who may write to whom, and safety (audience, rules, safety)
  'staff_only_audience',
  'audience_not_allowed',
  'recipient_not_related',
  'narrowed_by_school',
  'unknown_recipient',
  'left_school',
  'national_rule',
  'grant_not_applicable',
  'muted',
  'already_reported',
  // liaison book
  'liaison_no_guardians',
  'liaison_already_signed',
  'liaison_all_signed',
  'liaison_reminded_today',
  // work groups
  'group_full',
  'last_manager',
  'upload_missing',
  'upload_mismatch',
  'mini_site_not_allowed',
  // notifications
] as const;
