import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { type EventContract, type EventEnvelope, MalformedEventError, readEnvelope } from '#events/envelope';
import { functionEnvironment } from '#infra/definitions/environment';
import { requireEnv } from './env';
import { eventLogKeys, withInvocationLog } from './logger';

type ContractOf<Taken> = Taken extends readonly (infer Contract)[] ? Contract : Taken;
type DataOf<Contract> = Contract extends EventContract<infer Data> ? Data : never;

/** What a consumer receives: the envelope, read with the contract of the event's source and type. */
export type ReadEvent<Contract extends EventContract<unknown>> = EventEnvelope<DataOf<Contract>> & {
  contract: Contract;
};

/**
 * Wraps the target of a bus rule, the twin of signedInHandler: the event's detail is read with the contract of
 * its source and type (the one given, or one of those given), envelope, metadata, data and version, and must be
 * of the function's school: one bus per school makes another school's event unlikely, but a replay from an archive
 * or a rule copied between buses would otherwise be handled as this school's. A malformed event throws a
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
      const read = readEnvelope(contracts, received) as ReadEvent<ContractOf<Taken>>;
      refuseAnotherSchools(read, received.detailType, received.source);
      await handle(read);
    }),
  );
};

/** An event of another school than the function's is refused before anything of it is read or written. */
const refuseAnotherSchools = ({ metadata }: EventEnvelope<unknown>, detailType: string, source: string) => {
  const ownSchool = requireEnv(functionEnvironment.schoolId);
  if (metadata.schoolId === ownSchool) return;
  throw new MalformedEventError(
    `${detailType} from ${source} refused: detail.metadata.schoolId: an event of school ${JSON.stringify(metadata.schoolId)}, where this function serves school ${JSON.stringify(ownSchool)}`,
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
