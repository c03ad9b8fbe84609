import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { queueUrlVariable } from '#infra/definitions/queues';
import { sqsClient } from './clients/sqs';
import { requireEnv } from './env';

/** SQS's limit on the entries of one SendMessageBatch. */
const entriesPerCall = 10;

export class QueueSendError extends Error {}

/**
 * Sends JSON messages to one of the school's work queues (declared in `needs.queues` of the function), 10 a call;
 * any entry SQS refuses fails the whole send, so the caller knows the work is not all queued.
 */
export const queueSender = (queueName: string) => {
  const queueUrl = requireEnv(queueUrlVariable(queueName));
  return {
    async send(messages: readonly unknown[]) {
      for (let start = 0; start < messages.length; start += entriesPerCall) {
        const entries = messages.slice(start, start + entriesPerCall).map((message, index) => ({
          Id: String(start + index),
          MessageBody: JSON.stringify(message),
        }));
        const { Failed = [] } = await sqsClient.send(
          new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
        );
        if (Failed.length > 0) {
          throw new QueueSendError(
            `${Failed.length} message(s) refused by ${queueName}: ${Failed.map((failed) => failed.Message).join('; ')}`,
          );
        }
      }
    },
  };
};
