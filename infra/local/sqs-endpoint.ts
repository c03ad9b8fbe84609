import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LocalQueues, md5Hex, QueueDoesNotExistError } from './local-queues';

/** The account every local queue URL names, as `http://127.0.0.1:<port>/000000000000/<queue>`. */
const localAccount = '000000000000';

interface BatchEntry {
  Id?: string;
  MessageBody?: string;
}

/**
 * Answers SQS's SendMessage, SendMessageBatch and GetQueueUrl (the JSON protocol @aws-sdk/client-sqs speaks) for
 * the school's queues, so functions send with the real SDK calls, unchanged, and the local queues deliver what
 * they send. Listens on loopback only.
 */
export const startSqsEndpoint = async (queues: LocalQueues) => {
  const server = createServer((request, response) => {
    void handle(request, response, queues, endpointOf());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const endpointOf = () => endpoint;
  return {
    endpoint,
    queueUrl: (queueName: string) => `${endpoint}/${localAccount}/${queueName}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const handle = async (
  request: IncomingMessage,
  response: ServerResponse,
  queues: LocalQueues,
  endpoint: string,
) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  try {
    switch (operation) {
      case 'GetQueueUrl':
        return reply(response, 200, { QueueUrl: `${endpoint}/${localAccount}/${input.QueueName}` });
      case 'SendMessage': {
        const body = String(input.MessageBody ?? '');
        const [messageId] = queues.send(queueNameOf(input.QueueUrl), [body]);
        return reply(response, 200, { MessageId: messageId, MD5OfMessageBody: md5Hex(body) });
      }
      case 'SendMessageBatch': {
        const entries = (input.Entries ?? []) as BatchEntry[];
        if (entries.length === 0 || entries.length > 10) {
          return reply(response, 400, {
            __type: 'com.amazonaws.sqs#TooManyEntriesInBatchRequest',
            message: 'A batch holds 1 to 10 entries.',
          });
        }
        const bodies = entries.map((entry) => String(entry.MessageBody ?? ''));
        const ids = queues.send(queueNameOf(input.QueueUrl), bodies);
        return reply(response, 200, {
          Successful: entries.map((entry, index) => ({
            Id: entry.Id,
            MessageId: ids[index],
            MD5OfMessageBody: md5Hex(bodies[index] as string),
          })),
          Failed: [],
        });
      }
      default:
        return reply(response, 400, {
          __type: 'com.amazonaws.sqs#UnsupportedOperation',
          message: `${operation} is not emulated`,
        });
    }
  } catch (error) {
    if (!(error instanceof QueueDoesNotExistError)) throw error;
    return reply(response, 400, { __type: 'com.amazonaws.sqs#QueueDoesNotExist', message: error.message });
  }
};

const queueNameOf = (queueUrl: unknown) =>
  String(queueUrl ?? '')
    .split('/')
    .pop() ?? '';

const reply = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
  response.end(JSON.stringify(body));
};
