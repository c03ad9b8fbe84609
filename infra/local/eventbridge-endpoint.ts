import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalEventBus } from './event-bus';

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: number | string;
}

type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

/**
 * Answers EventBridge's PutEvents (JSON 1.1 protocol) for one bus, so the functions publish with the real SDK
 * call, unchanged, and the local bus routes what they put. Listens on loopback only, apart from the school's site.
 */
export const startEventBridgeEndpoint = async (busName: string, bus: LocalEventBus) => {
  const server = createServer((request, response) => {
    void handle(request, response, busName, bus);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const handle = async (
  request: IncomingMessage,
  response: ServerResponse,
  busName: string,
  bus: LocalEventBus,
) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const target = request.headers['x-amz-target'];
  if (target !== 'AWSEvents.PutEvents') {
    return reply(response, 400, {
      __type: 'UnknownOperationException',
      message: `${target} is not emulated`,
    });
  }
  const { Entries = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    Entries?: PutEventsEntry[];
  };
  const results = Entries.map((entry) => putEntry(entry, busName, bus));
  const failed = results.filter((result) => 'ErrorCode' in result).length;
  reply(response, 200, { Entries: results, FailedEntryCount: failed });
};

const putEntry = (entry: PutEventsEntry, busName: string, bus: LocalEventBus): EntryResult => {
  const targetBus = (entry.EventBusName ?? 'default').split('/').pop();
  if (targetBus !== busName) {
    return {
      ErrorCode: 'NotAuthorizedForSourceException',
      ErrorMessage: `No bus ${entry.EventBusName} here`,
    };
  }
  if (!entry.Source || !entry.DetailType || !entry.Detail) {
    return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source, DetailType and Detail are required' };
  }
  let detail: unknown;
  try {
    detail = JSON.parse(entry.Detail);
  } catch {
    return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
  }
  const time =
    entry.Time === undefined
      ? undefined
      : new Date(typeof entry.Time === 'number' ? entry.Time * 1000 : entry.Time);
  const event = bus.put({
    source: entry.Source,
    detailType: entry.DetailType,
    detail,
    resources: entry.Resources,
    time,
  });
  return { EventId: event.id };
};

const reply = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  response.end(JSON.stringify(body));
};
