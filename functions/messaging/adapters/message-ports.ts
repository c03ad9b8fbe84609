import { createHash, randomUUID } from 'node:crypto';
import { defaultWritingRules, directoryRecipients } from '#domain/messaging/default-writing-rules';
import type { MessagePorts } from '#domain/messaging/message-ports';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoInbox, dynamoMessages } from './dynamo-messages';
import { messageAttachmentPorts } from './message-attachment-files';
import {
  ruledDecide,
  ruledDecideEach,
  ruledMembersOf,
  ruledRetentionDays,
  ruledSendingLimit,
} from './message-rules';
import { sqsFanOut } from './sqs-fan-out';

const tableName = requireEnv(functionEnvironment.tableName);

/** An id in the shape of a UUID, the same for the same name: a chunk's delivery event keeps its id when retried. */
export const stableId = (name: string) => {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const directoryLists = directoryRecipients(directory);
const recipients = { ...directoryLists, membersOf: ruledMembersOf };

/** What the message handlers run on; the queue only where a function sends (`needs.queues`). */
export const messagePorts = (): MessagePorts => ({
  messages: dynamoMessages(tableName),
  inbox: dynamoInbox(tableName),
  fanOut: sqsFanOut(),
  recipients,
  // Who may write to whom is H2's (`message-rules.ts`); the compose page offers only what it allows.
  rules: { ...defaultWritingRules(directory, recipients, ruledDecide), decideEach: ruledDecideEach },
  sendingLimit: ruledSendingLimit,
  attachments: messageAttachmentPorts(tableName),
  retentionDays: ruledRetentionDays,
  clock: { now: () => new Date() },
  newId: randomUUID,
  deliveryEventId: (messageId, chunk) => stableId(`message-delivered:${messageId}:${chunk}`),
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
  },
});
