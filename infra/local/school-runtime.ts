import { randomBytes } from 'node:crypto';
import {
  functionEnvironment,
  localResourceNames,
  schoolFunctionEnvironment,
} from '#infra/definitions/environment';
import { eventRules } from '#infra/definitions/event-rules';
import { outboxRelay } from '#infra/definitions/outbox-relay';
import { queueDefinitions, queueUrlVariable } from '#infra/definitions/queues';
import { routes } from '#infra/definitions/routes/index';
import { scheduledRules } from '#infra/definitions/schedules';
import type { Tenant } from '#infra/tenants/tenant';
import { startDailySchedules } from './daily-schedules';
import { localEventBus } from './event-bus';
import { startEventBridgeEndpoint } from './eventbridge-endpoint';
import { ensureFeedSigningKey } from './feed-signing-key';
import { handlerLoader } from './handler-loader';
import { jwtAuthorizer } from './jwt-authorizer';
import { lambdaContext } from './lambda-context';
import { type LocalEndpoints, localAwsEnvironment, localS3Client } from './local-aws';
import { localQueues } from './local-queues';
import { ensurePushKeys } from './push-keys';
import { startSchoolServer } from './school-server';
import type { LocalUserPool } from './school-user-pool';
import { serveSharedFiles } from './site-files';
import { startSqsEndpoint } from './sqs-endpoint';
import { startTableStream } from './table-stream';

export interface SchoolRuntimeConfig {
  school: Tenant;
  host: string;
  /** 0 picks a free port. */
  port: number;
  endpoints: LocalEndpoints;
  userPool: LocalUserPool;
  webDirectory: string;
  /** Where the school's feed key pair is kept between runs; a new pair each run without it. */
  feedKeyFile?: string;
  /** Where the school's VAPID key pair (web push) is kept between runs; a new pair each run without it. */
  pushKeyFile?: string;
}

/**
 * Runs one school as its stack runs in AWS: its origin (web app + API), its bus with the rules of `events/`, and
 * the functions with the very environment Lambda gives them. The environment is the process's: one school a process.
 */
export const runSchool = async (config: SchoolRuntimeConfig, log: (line: string) => void = console.log) => {
  const names = localResourceNames(config.school.id);
  const loadHandler = handlerLoader();
  const bus = localEventBus({
    rules: eventRules,
    log,
    deliver: async (handler, event) => {
      const target = await loadHandler(handler);
      await target(event, lambdaContext(`preau-${config.school.id}-${handler.replace('/', '-')}`));
    },
  });
  const eventBridge = await startEventBridgeEndpoint(names.bus, bus);
  const queues = localQueues({
    queues: new Map(queueDefinitions.map((definition) => [names.queue(definition.name), definition])),
    log,
    deliver: async (handler, event) => {
      const consumer = await loadHandler(handler);
      return consumer(event, lambdaContext(`preau-${config.school.id}-${handler.replace('/', '-')}`));
    },
  });
  const sqs = await startSqsEndpoint(queues);
  const feedKey = ensureFeedSigningKey(config.feedKeyFile);
  // A new origin secret each run, as a deploy generates one: only the local server and the functions know it.
  const originVerify = randomBytes(24).toString('base64url');
  Object.assign(
    process.env,
    schoolFunctionEnvironment(config.school, names, config.userPool),
    {
      [functionEnvironment.feedKeyPairId]: feedKey.keyPairId,
      [functionEnvironment.feedSigningKey]: feedKey.privateKeyPem,
      [functionEnvironment.pushKeys]: JSON.stringify(ensurePushKeys(config.pushKeyFile)),
      [functionEnvironment.originVerify]: originVerify,
      // Notifications mail from the school's address, or the local one, through the mail catcher.
      [functionEnvironment.mailFrom]: config.school.mailFrom ?? 'ne-pas-repondre@preau.localhost',
    },
    localAwsEnvironment({ ...config.endpoints, eventBridge: eventBridge.endpoint, sqs: sqs.endpoint }),
    Object.fromEntries(
      queueDefinitions.map(({ name }) => [queueUrlVariable(name), sqs.queueUrl(names.queue(name))]),
    ),
  );
  const outbox = await startTableStream({
    endpoint: config.endpoints.dynamodb,
    tableName: names.table,
    filter: outboxRelay.filter,
    log,
    consume: async (records) => {
      const relay = await loadHandler(outboxRelay.handler);
      await relay({ Records: records }, lambdaContext(`preau-${config.school.id}-outbox-relay-events`));
    },
  });
  const schedules = startDailySchedules(
    scheduledRules,
    config.school.timeZone,
    async (handler) => {
      const target = await loadHandler(handler);
      await target({}, lambdaContext(`preau-${config.school.id}-${handler.replace('/', '-')}`));
    },
    log,
  );
  const server = await startSchoolServer({
    schoolId: config.school.id,
    host: config.host,
    port: config.port,
    routes,
    loadHandler,
    authorize: jwtAuthorizer({
      issuer: config.userPool.issuer,
      audience: [config.userPool.userPoolClientId],
    }),
    webDirectory: config.webDirectory,
    originVerify,
    documentOrigins: [new URL(config.endpoints.s3).origin],
    sharedFiles: serveSharedFiles(
      localS3Client(config.endpoints),
      names.siteBucket,
      new Map([[feedKey.keyPairId, feedKey.publicKeyPem]]),
    ),
    log,
  });
  // The links of notification mails; read by the handlers when they first load, after this.
  process.env[functionEnvironment.portalUrl] = server.url;
  return {
    url: server.url,
    bus,
    queues,
    /** Where the school's work queues answer the SQS API. */
    sqsEndpoint: sqs.endpoint,
    /**
     * Resolves once every change made so far has gone through the work queues, the outbox and the bus to its
     * consumers.
     */
    async eventsDelivered() {
      // Again while anything moved during a round: a bus target queued work (a message's fan-out starts from its
      // event, then fills the queue), or a consumer wrote an event to the outbox.
      const activity = () => queues.activity() + outbox.activity() + bus.activity();
      let before: number;
      do {
        before = activity();
        await queues.idle();
        await outbox.drained();
        await bus.idle();
      } while (queues.busy() || activity() !== before);
    },
    async stop() {
      schedules.stop();
      await server.stop();
      await outbox.stop();
      await queues.idle();
      await bus.idle();
      await sqs.stop();
      await eventBridge.stop();
    },
  };
};
