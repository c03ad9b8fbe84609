import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger, LogLevel } from '@aws-lambda-powertools/logger';
import { functionEnvironment } from '#infra/definitions/environment';

/**
 * What a log line tells of the invocation it belongs to: ids only. Never a name, a username or contact details:
 * logs are kept for a month and read by operators, who need to follow a request, not to know who a person is.
 */
export interface InvocationLogKeys {
  /** The route key API Gateway matched: `GET /api/places/{placeId}`. */
  route?: string;
  /** The detail-type of the bus event, or the schedule, a background function runs for. */
  event?: string;
  /** API Gateway's request id (the one of the access logs) for a route, Lambda's otherwise. */
  requestId?: string;
  /** The signed-in person who asks, once the directory has said who they are. */
  personId?: string;
}

/**
 * The keys of each invocation, kept apart even when invocations run side by side: the local platform runs all the
 * functions of a school in one process, where keys appended to a shared logger would cross between requests.
 */
const invocation = new AsyncLocalStorage<InvocationLogKeys>();

const levelOf = (name: string | undefined) =>
  Object.values(LogLevel).find((level) => level === name?.toUpperCase()) ?? LogLevel.INFO;

/**
 * The one logger of the functions: a JSON line per entry on standard output, with the function's name as its
 * service (the stack sets it), its level from `LOG_LEVEL` (INFO by default).
 */
export const logger = new Logger({
  serviceName: process.env[functionEnvironment.serviceName] ?? 'preau',
  logLevel: levelOf(process.env.LOG_LEVEL),
});

type LogDetail = Record<string, unknown>;

/** The school, then the invocation's keys, then what the entry says. */
const withKeys = (detail: LogDetail = {}) => ({
  school: process.env[functionEnvironment.schoolId],
  ...invocation.getStore(),
  ...detail,
});

/** Log through this, never `console.*`: every entry then carries the school and its invocation's keys. */
export const log = {
  debug: (message: string, detail?: LogDetail) => logger.debug(message, withKeys(detail)),
  info: (message: string, detail?: LogDetail) => logger.info(message, withKeys(detail)),
  warn: (message: string, detail?: LogDetail) => logger.warn(message, withKeys(detail)),
  error: (message: string, detail?: LogDetail) => logger.error(message, withKeys(detail)),
};

/** Runs a handler with its invocation's keys, which every entry it logs then carries. */
export const withInvocationLog =
  <Event, Context, Result>(
    keysOf: (event: Event, context: Context) => InvocationLogKeys,
    handle: (event: Event, context: Context) => Promise<Result>,
  ) =>
  (event: Event, context: Context): Promise<Result> =>
    invocation.run(keysOf(event, context), () => handle(event, context));

/** Adds what the invocation learns on its way (who asks) to its keys. */
export const appendInvocationLogKeys = (keys: InvocationLogKeys) => {
  const current = invocation.getStore();
  if (current) Object.assign(current, keys);
};

/** The keys of an HTTP API invocation: its route, and API Gateway's request id (Lambda's without one). */
export const httpLogKeys = (
  event: { routeKey?: string; requestContext?: { requestId?: string } },
  context?: { awsRequestId?: string },
): InvocationLogKeys => ({
  route: event.routeKey,
  requestId: event.requestContext?.requestId ?? context?.awsRequestId,
});

/** The keys of a bus or schedule invocation: its event's detail-type, and Lambda's request id. */
export const eventLogKeys = (
  event: { 'detail-type'?: string } | undefined,
  context?: { awsRequestId?: string },
): InvocationLogKeys => ({
  event: event?.['detail-type'],
  requestId: context?.awsRequestId,
});
