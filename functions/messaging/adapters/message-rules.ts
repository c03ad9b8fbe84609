import type { Actor } from '#domain/identity/actor';
import { admitSender } from '#domain/messaging/admit-sender';
import { WriteRefusedError } from '#domain/messaging/audience-errors';
import { decideAudiences } from '#domain/messaging/check-recipients';
import type { MessageRecipients, SendingLimit, WritingRules } from '#domain/messaging/message-ports';
import { audiencePorts, senderGate } from './audience-ports';

/**
 * H1's message ports on H2's rules: who may write to whom (the table, the school's settings and the national
 * rule), the audience resolved by key look-ups, the sending gate (mute, then the hourly counter) and the school's
 * retention.
 */
export const ruledDecide: WritingRules['decide'] = async (writer: Actor, audience) => {
  const [{ decision }] = (await decideAudiences(writer, [audience], audiencePorts)) as [
    Awaited<ReturnType<typeof decideAudiences>>[number],
  ];
  return decision.allowed
    ? { allowed: true }
    : {
        allowed: false,
        reason: decision.reason.replaceAll('_', ' '),
        error: new WriteRefusedError(audience, decision.reason),
      };
};

export const ruledMembersOf: MessageRecipients['membersOf'] = (audience) =>
  audiencePorts.audience.membersOf(audience);

export const ruledSendingLimit: SendingLimit = {
  take: (sender, now) => admitSender(sender, now, senderGate),
};

export const ruledRetentionDays = async () => (await audiencePorts.settings.read()).retentionDays;
