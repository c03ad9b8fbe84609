import type { BouncedAddresses } from './notification-ports';

/** What SES says of a mail, as its EventBridge events carry it (the fields read here only). */
export interface SesFeedback {
  eventType?: string;
  bounce?: { bounceType?: string; bouncedRecipients?: { emailAddress: string }[] };
  complaint?: { complainedRecipients?: { emailAddress: string }[] };
}

/**
 * A permanent bounce or a complaint marks each address concerned: no notification is mailed to it again (the feed
 * still shows all). A transient bounce (a full mailbox) marks nothing.
 */
export const recordMailFeedback = async (feedback: SesFeedback, at: string, bounced: BouncedAddresses) => {
  const marks: { email: string; reason: 'bounce' | 'complaint' }[] = [];
  if (feedback.eventType === 'Bounce' && feedback.bounce?.bounceType === 'Permanent') {
    for (const { emailAddress } of feedback.bounce.bouncedRecipients ?? [])
      marks.push({ email: emailAddress, reason: 'bounce' });
  }
  if (feedback.eventType === 'Complaint') {
    for (const { emailAddress } of feedback.complaint?.complainedRecipients ?? [])
      marks.push({ email: emailAddress, reason: 'complaint' });
  }
  for (const { email, reason } of marks) await bounced.mark(email, reason, at);
  return marks.length;
};
