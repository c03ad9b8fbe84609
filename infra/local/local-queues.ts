import { createHash, randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { QueueDefinition } from '#infra/definitions/queues';

export interface LocalQueuesOptions {
  /** The queues' physical names (`preau-<school>-<name>`) and their definitions. */
  queues: ReadonlyMap<string, QueueDefinition>;
  /** Runs the consumer's handler on an SQS event; resolves to what it answered. */
  deliver(handler: string, event: SQSEvent): Promise<unknown>;
  log?(line: string): void;
  region?: string;
  /** The pause before a failed record is received again (SQS: its visibility timeout), doubled at each receipt. */
  firstRetryDelayMs?: number;
}

interface Pending {
  messageId: string;
  body: string;
  sentAt: number;
  receiveCount: number;
}

export const md5Hex = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

/**
 * The school's work queues in one process, as SQS with a Lambda event source: what is sent is received by the
 * queue's consumer in batches of its `batchSize`, asynchronously; records the consumer fails (an error, or
 * `batchItemFailures`) come back after a pause, up to `maxReceiveCount` receipts, then wait in `deadLetters`.
 */
export const localQueues = ({
  queues,
  deliver,
  log = console.log,
  region = 'eu-west-3',
  firstRetryDelayMs = 100,
}: LocalQueuesOptions) => {
  const inFlight = new Set<Promise<void>>();
  let messagesSent = 0;
  const deadLetters: { queue: string; body: string; error: string }[] = [];

  const track = (work: Promise<void>) => {
    inFlight.add(work);
    work.finally(() => inFlight.delete(work));
  };

  const recordOf = (queueName: string, pending: Pending): SQSRecord => ({
    messageId: pending.messageId,
    receiptHandle: randomUUID(),
    body: pending.body,
    attributes: {
      ApproximateReceiveCount: String(pending.receiveCount),
      SentTimestamp: String(pending.sentAt),
      SenderId: '000000000000',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: md5Hex(pending.body),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${region}:000000000000:${queueName}`,
    awsRegion: region,
  });

  const receive = async (queueName: string, definition: QueueDefinition, batch: Pending[]) => {
    for (const pending of batch) pending.receiveCount += 1;
    let failed: Set<string>;
    let reason = '';
    try {
      const answer = (await deliver(definition.consumer.handler, {
        Records: batch.map((pending) => recordOf(queueName, pending)),
      })) as { batchItemFailures?: { itemIdentifier: string }[] } | undefined;
      failed = new Set((answer?.batchItemFailures ?? []).map(({ itemIdentifier }) => itemIdentifier));
      reason = 'reported in batchItemFailures';
    } catch (error) {
      failed = new Set(batch.map(({ messageId }) => messageId));
      reason = String(error);
    }
    const again = batch.filter(({ messageId }) => failed.has(messageId));
    const dead = again.filter(({ receiveCount }) => receiveCount >= definition.maxReceiveCount);
    for (const pending of dead) {
      deadLetters.push({ queue: definition.name, body: pending.body, error: reason });
      log(
        `queue: ${definition.name} failed ${pending.receiveCount} times on ${pending.messageId}: ${reason}`,
      );
    }
    const retried = again.filter((pending) => !dead.includes(pending));
    if (retried.length === 0) return;
    const pause = firstRetryDelayMs * 2 ** ((retried[0] as Pending).receiveCount - 1);
    await new Promise((resolve) => setTimeout(resolve, pause));
    track(receive(queueName, definition, retried));
  };

  /** Sends messages to a queue by its physical name; each is received soon after, in batches. */
  const send = (queueName: string, bodies: readonly string[]) => {
    messagesSent += bodies.length;
    const definition = queues.get(queueName);
    if (!definition) throw new QueueDoesNotExistError(queueName);
    const sent = bodies.map((body) => ({
      messageId: randomUUID(),
      body,
      sentAt: Date.now(),
      receiveCount: 0,
    }));
    for (let start = 0; start < sent.length; start += definition.batchSize) {
      const batch = sent.slice(start, start + definition.batchSize);
      track(
        new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
          receive(queueName, definition, batch),
        ),
      );
    }
    return sent.map(({ messageId }) => messageId);
  };

  /** Resolves once every message sent so far, and those its consumers sent, has been received for good. */
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  /** Whether a message sent is still to be received (a bus target may have queued work since `idle`). */
  const busy = () => inFlight.size > 0;

  /** How many messages were sent so far. */
  const activity = () => messagesSent;

  return { send, idle, busy, activity, deadLetters };
};

export type LocalQueues = ReturnType<typeof localQueues>;

export class QueueDoesNotExistError extends Error {
  constructor(readonly queueName: string) {
    super(`The specified queue ${queueName} does not exist.`);
    this.name = 'QueueDoesNotExistError';
  }
}
