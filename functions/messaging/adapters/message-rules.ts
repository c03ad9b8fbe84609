import type { Actor } from '#domain/identity/actor';
import { admitSender } from '#domain/messaging/admit-sender';
import { WriteRefusedError } from '#domain/messaging/audience-errors';
import { decideAudiences } from '#domain/messaging/check-recipients';
import type { MessageAudience } from '#domain/messaging/message';
import type {
  MessageRecipients,
  SendingLimit,
  WritingDecision,
  WritingRules,
} from '#domain/messaging/message-ports';
import { audiencePorts, senderGate } from './audience-ports';

/**
 * H1's message ports on H2's rules: who may write to whom (the table, the school's settings and the national
 * rule), the audience resolved by key look-ups, the sending gate (mute, then the hourly counter) and the school's
 * retention.
 */
/** Each audience decided with one read of the writer's ties and of the school's settings. */
export const ruledDecideEach = async (
  writer: Actor,
  audiences: readonly MessageAudience[],
): Promise<WritingDecision[]> =>
  (await decideAudiences(writer, audiences, audiencePorts)).map(({ audience, decision }) =>
    decision.allowed
      ? { allowed: true }
      : {
          allowed: false,
          reason: decision.reason.replaceAll('_', ' '),
          error: new WriteRefusedError(audience, decision.reason),
        },
  );

export const ruledDecide: WritingRules['decide'] = async (writer: Actor, audience) =>
  (await ruledDecideEach(writer, [audience]))[0] as WritingDecision;

export const ruledMembersOf: MessageRecipients['membersOf'] = (audience) =>
  audiencePorts.audience.membersOf(audience);

export const ruledSendingLimit: SendingLimit = {
  take: (sender, now) => admitSender(sender, now, senderGate),
};

export const ruledRetentionDays = async () => (await audiencePorts.settings.read()).retentionDays;
