import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { log, withInvocationLog } from './logger';

/**
 * Wraps the consumer of a work queue (`infra/definitions/queues.ts`): each record's body is read with the
 * queue's schema and handled on its own; a record that fails is logged and reported in `batchItemFailures`, so
 * SQS (or the local queue) gives back only that one, until its dead-letter queue. Handling must be idempotent.
 */
export const queueHandler = <Schema extends $ZodType>(
  queue: string,
  schema: Schema,
  handle: (body: z.infer<Schema>) => Promise<void>,
) =>
  withInvocationLog<SQSEvent, Context, SQSBatchResponse>(
    (_event, context) => ({ event: queue, requestId: context?.awsRequestId }),
    async (event) => {
      const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
      for (const record of event.Records) {
        try {
          const parsed = z.safeParse(schema, JSON.parse(record.body));
          if (!parsed.success) throw new Error(`malformed body: ${parsed.error.message}`);
          await handle(parsed.data);
        } catch (error) {
          log.error('Queue record failed', { messageId: record.messageId, error: String(error) });
          batchItemFailures.push({ itemIdentifier: record.messageId });
        }
      }
      return { batchItemFailures };
    },
  );
