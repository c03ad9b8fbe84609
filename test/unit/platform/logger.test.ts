import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { httpErrors } from '#functions/lib/http-errors';
import { httpHandler } from '#functions/lib/http-handler';
import {
  appendInvocationLogKeys,
  eventLogKeys,
  httpLogKeys,
  log,
  withInvocationLog,
} from '#functions/lib/logger';
import { functionEnvironment } from '#infra/definitions/environment';

const student: Actor = {
  personId: 'p-7f3a',
  username: 'camille.martin',
  firstName: 'Camille',
  lastName: 'Martin',
  profiles: ['student'],
};
const noRelations = {
  isGuardianOf: async () => false,
  teachesClass: async () => false,
  teachesStudent: async () => false,
  classesOf: async () => [],
};

const apiEvent = (routeKey: string, requestId: string) =>
  ({ routeKey, requestContext: { requestId }, headers: {} }) as unknown as APIGatewayProxyEventV2;
const lambdaContext = (awsRequestId: string) => ({ awsRequestId }) as Context;

/**
 * A signed-in route as `signedInHandler` composes it, with the actor given rather than read from the table: the
 * person id joins the invocation's keys once known, then the route asks for a right the student lacks.
 */
const routeDenyingStudent = withInvocationLog<
  APIGatewayProxyEventV2,
  Context,
  APIGatewayProxyStructuredResultV2
>(
  httpLogKeys,
  middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use(httpErrors())
    .handler(async () => {
      appendInvocationLogKeys({ personId: student.personId });
      await authorize(student, 'places:write', { kind: 'school' }, noRelations);
      return { statusCode: 200 };
    }),
);

/** What the functions write on standard output and error, one parsed JSON object per line. */
let written: string[];
const entries = () =>
  written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

beforeEach(() => {
  written = [];
  vi.stubEnv(functionEnvironment.schoolId, 'lycee-moliere');
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the functions’ log lines', () => {
  it('log an access denial as one JSON line with the school, route, request id and person id, and no name', async () => {
    const answer = await routeDenyingStudent(
      apiEvent('POST /api/places', 'api-req-1'),
      lambdaContext('lambda-req-1'),
    );

    expect(answer.statusCode).toBe(403);
    const [denial, ...others] = entries();
    expect(others).toEqual([]);
    expect(denial).toMatchObject({
      level: 'WARN',
      message: 'Access denied',
      school: 'lycee-moliere',
      route: 'POST /api/places',
      requestId: 'api-req-1',
      personId: 'p-7f3a',
      who: 'p-7f3a',
      action: 'places:write',
    });
    expect(Date.parse(denial.timestamp)).not.toBeNaN();
    const line = written.join('');
    for (const personal of ['Camille', 'Martin', 'camille.martin', '@']) expect(line).not.toContain(personal);
  });

  it('log an unhandled error with its stack and the invocation’s keys, and answer 500 without its cause', async () => {
    const failing = httpHandler(async () => {
      throw new Error('Table preau-lycee-moliere is unreachable');
    });

    const answer = await failing(apiEvent('GET /api/places', 'api-req-2'), lambdaContext('lambda-req-2'));

    expect(answer.statusCode).toBe(500);
    expect(answer.body).not.toContain('unreachable');
    expect(entries()).toEqual([
      expect.objectContaining({
        level: 'ERROR',
        message: 'Unhandled error',
        school: 'lycee-moliere',
        route: 'GET /api/places',
        requestId: 'api-req-2',
        error: expect.objectContaining({
          message: 'Table preau-lycee-moliere is unreachable',
          stack: expect.stringContaining('logger.test.ts'),
        }),
      }),
    ]);
  });

  it('keep each invocation’s keys to its own lines when invocations run side by side, as locally', async () => {
    const slowly = (personId: string) =>
      withInvocationLog(httpLogKeys, async (_event: APIGatewayProxyEventV2, _context: Context) => {
        appendInvocationLogKeys({ personId });
        await new Promise((resolve) => setTimeout(resolve, personId === 'p-1' ? 30 : 5));
        log.info('Answered');
      });

    await Promise.all([
      slowly('p-1')(apiEvent('GET /api/me', 'req-1'), lambdaContext('l-1')),
      slowly('p-2')(apiEvent('GET /api/places', 'req-2'), lambdaContext('l-2')),
    ]);
    log.info('Between invocations');

    const byMessage = entries().map(({ message, route, requestId, personId }) => ({
      message,
      route,
      requestId,
      personId,
    }));
    expect(byMessage).toEqual([
      { message: 'Answered', route: 'GET /api/places', requestId: 'req-2', personId: 'p-2' },
      { message: 'Answered', route: 'GET /api/me', requestId: 'req-1', personId: 'p-1' },
      { message: 'Between invocations', route: undefined, requestId: undefined, personId: undefined },
    ]);
  });

  it('name the event a bus target runs for, with Lambda’s request id', async () => {
    const target = withInvocationLog(
      eventLogKeys,
      async (_event: { 'detail-type': string }, _context: Context) =>
        log.info('Shared plannings regenerated', { feeds: 2 }),
    );

    await target({ 'detail-type': 'ActivityMoved' }, lambdaContext('lambda-req-3'));

    expect(entries()).toEqual([
      expect.objectContaining({
        level: 'INFO',
        school: 'lycee-moliere',
        event: 'ActivityMoved',
        requestId: 'lambda-req-3',
        feeds: 2,
      }),
    ]);
  });
});
