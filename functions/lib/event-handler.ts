import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { type EventContract, type EventEnvelope, readEnvelope } from '#events/envelope';
import { eventLogKeys, withInvocationLog } from './logger';

type ContractOf<Taken> = Taken extends readonly (infer Contract)[] ? Contract : Taken;
type DataOf<Contract> = Contract extends EventContract<infer Data> ? Data : never;

/** What a consumer receives: the envelope, read with the contract of the event's source and type. */
export type ReadEvent<Contract extends EventContract<unknown>> = EventEnvelope<DataOf<Contract>> & {
  contract: Contract;
};

/**
 * Wraps the target of a bus rule, the twin of signedInHandler: the event's detail is read with the contract of
 * its source and type (the one given, or one of those given), envelope, metadata, data and version. A malformed event throws a
 * MalformedEventError that says why: the invocation fails, so in AWS the event reaches the rule's dead-letter
 * queue with that reason (the function's on-failure destination, see infra/constructs/school-events.ts), and
 * locally the bus's dead letters.
 */
export const eventHandler = <const Taken extends EventContract<unknown> | readonly EventContract<unknown>[]>(
  taken: Taken,
  handle: (event: ReadEvent<ContractOf<Taken>>) => Promise<void>,
) => {
  const contracts: readonly EventContract<unknown>[] = Array.isArray(taken) ? taken : [taken];
  return withInvocationLog<EventBridgeEvent<string, unknown>, Context, void>(
    eventLogKeys,
    middy<EventBridgeEvent<string, unknown>, void>().handler(async (event) => {
      const received = { source: event.source, detailType: event['detail-type'], detail: event.detail };
      await handle(readEnvelope(contracts, received) as ReadEvent<ContractOf<Taken>>);
    }),
  );
};

/**
 * Wraps the target of a schedule of `events/schedules.ts`: it runs on the school's clock, with no event to read.
 * A failure fails the invocation, for the schedule's retries and then its dead-letter queue.
 */
export const scheduleHandler = (schedule: string, run: () => Promise<void>) =>
  withInvocationLog<unknown, Context, void>(
    (_event, context) => ({ event: schedule, requestId: context?.awsRequestId }),
    middy<unknown, void>().handler(async () => {
      await run();
    }),
  );
