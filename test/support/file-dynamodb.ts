import { afterAll, inject } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '#infra/local/dynamodb-local';
import type { LocalEndpoints } from '#infra/local/local-aws';

/**
 * One DynamoDB Local (in memory) per test file, started when the file first needs it and stopped after its last
 * test. DynamoDB Local slows down as its streams' records pile up, whatever table they came from and even once
 * the table is deleted (filling a streamed table with 2,000 items took 10–15 s at first, 50–90 s after six more;
 * without streams, 1–3 s throughout): a database shared by the whole run made the late files ten times slower
 * than alone. A fresh one costs a JVM start.
 */
let running: Promise<DynamoDbLocal> | undefined;

const dynamoDbOfThisFile = () => {
  if (!running) {
    running = startDynamoDbLocal({});
    // Never leave a JVM behind, even when the file's process ends without its hooks running.
    void running.then((dynamodb) => process.once('exit', () => void dynamodb.stop()));
  }
  return running;
};

/** The local endpoints for this test file: the run's s3rver and cognito-local, and this file's DynamoDB Local. */
export const localEndpointsOfThisFile = async (): Promise<LocalEndpoints> => ({
  ...inject('endpoints'),
  mail: inject('mailCatcher'),
  dynamodb: (await dynamoDbOfThisFile()).endpoint,
});

/** Registered for every test file by vitest's setupFiles; a file that never used DynamoDB has nothing to stop. */
export const stopDynamoDbOfThisFile = async () => {
  const started = running;
  running = undefined;
  if (started) await (await started).stop();
};

afterAll(stopDynamoDbOfThisFile);
