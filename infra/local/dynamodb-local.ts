import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from './free-port';
import { LocalPlatformError, startupLimitMs } from './platform-error';

export interface DynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** Where `amplify-dynamodb-simulator` ships the official DynamoDB Local jar and its native libraries. */
const emulatorDirectory = () =>
  join(
    dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')),
    'emulator',
  );

/** s3rver checks signatures against its one account, S3RVER; DynamoDB Local (shared db) takes any key. */
export const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const localRegion = 'eu-west-3';

/**
 * Starts DynamoDB Local on a free loopback port: in memory, or persisted in `dataDirectory`.
 * `-sharedDb` makes one database whatever the credentials and region, as every local process uses its own.
 */
export const startDynamoDbLocal = async (options: { dataDirectory?: string }): Promise<DynamoDbLocal> => {
  assertJavaIsInstalled();
  const port = await freePort();
  const directory = emulatorDirectory();
  const storage = options.dataDirectory ? ['-dbPath', options.dataDirectory] : ['-inMemory'];
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const java = spawn(
    'java',
    [
      `-Djava.library.path=${join(directory, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(directory, 'DynamoDBLocal.jar'),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    { cwd: directory, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(endpoint, java);
  return { endpoint, stop: () => stopProcess(java) };
};

const assertJavaIsInstalled = () => {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LocalPlatformError(
      'Java is needed to run DynamoDB Local but was not found: install a Java runtime ' +
        '(on Debian: apt-get install -y default-jre-headless) and start again.',
    );
  }
};

const waitUntilAnswering = async (endpoint: string, java: ChildProcess) => {
  let errors = '';
  java.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials });
  const deadline = Date.now() + startupLimitMs;
  try {
    while (Date.now() < deadline) {
      if (java.exitCode !== null) {
        throw new LocalPlatformError(`DynamoDB Local stopped as it started: ${errors.trim().split('\n')[0]}`);
      }
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    java.kill();
    throw new LocalPlatformError(`DynamoDB Local did not answer within ${startupLimitMs / 1000} seconds.`);
  } finally {
    client.destroy();
  }
};

export const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
