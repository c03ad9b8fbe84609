import { type ChildProcess, fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { localResourceNames } from '../definitions/environment';
import type { Tenant } from '../tenants/tenant';
import { createSchoolResources } from './create-school-resources';
import { startDynamoDbLocal, stopProcess } from './dynamodb-local';
import { isPortFree } from './free-port';
import { localDynamoDbClient, localS3Client } from './local-aws';
import { LocalPlatformError } from './platform-error';
import { startS3Local } from './s3-local';
import type { SchoolRuntimeConfig } from './school-runtime';
import { seedDemoSchool } from './seed/seed-demo-school';

export interface PlatformOptions {
  schools: readonly Tenant[];
  /** Where DynamoDB Local and s3rver keep their data; undefined keeps everything in memory. */
  dataDirectory?: string;
  host: string;
  /** The first school listens on it, the next on the port after, and so on; 0 picks free ports. */
  basePort: number;
  /** The school that gets the demo seed, if any. */
  demoSchoolId?: string;
  webDirectory: string;
  log(line: string): void;
}

export interface RunningSchool {
  school: Tenant;
  url: string;
}

const schoolProcessFile = resolve(import.meta.dirname, 'school-process.ts');

/**
 * Starts the whole platform on this machine:
 * 1. check the schools' ports are free, before anything is started;
 * 2. start DynamoDB Local and s3rver, shared as an AWS account's services are;
 * 3. create each school's table and buckets from the stack's definitions, and seed the demo school;
 * 4. run each school in its own process (its functions' environment is the process's), and wait until all answer.
 */
export const startPlatform = async (options: PlatformOptions) => {
  const ports = options.schools.map((_, index) => (options.basePort === 0 ? 0 : options.basePort + index));
  for (const port of ports) {
    if (port !== 0 && !(await isPortFree(port, options.host))) {
      throw new LocalPlatformError(
        `Port ${port} is already in use: stop what uses it or start with PORT=<another port>.`,
      );
    }
  }
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const dynamodb = await startDynamoDbLocal({
      dataDirectory: subdirectory(options.dataDirectory, 'dynamodb'),
    });
    stoppers.push(dynamodb.stop);
    const s3 = await startS3Local({ dataDirectory: subdirectory(options.dataDirectory, 's3') });
    stoppers.push(s3.stop);
    const endpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint };
    const clients = { dynamodb: localDynamoDbClient(endpoints), s3: localS3Client(endpoints) };
    for (const school of options.schools) await createSchoolResources(school.id, clients);
    if (options.demoSchoolId) {
      const { seeded, places } = await seedDemoSchool(
        clients.dynamodb,
        localResourceNames(options.demoSchoolId).table,
      );
      if (seeded) options.log(`Seeded the demo school ${options.demoSchoolId}: ${places} places.`);
    }
    clients.dynamodb.destroy();
    clients.s3.destroy();
    const running = await Promise.all(
      options.schools.map((school, index) =>
        startSchoolProcess(
          {
            school,
            host: options.host,
            port: ports[index] ?? 0,
            endpoints,
            webDirectory: options.webDirectory,
          },
          stoppers,
          options.log,
        ),
      ),
    );
    return { schools: running, endpoints, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

const subdirectory = (directory: string | undefined, name: string) =>
  directory ? join(directory, name) : undefined;

const startSchoolProcess = (
  config: SchoolRuntimeConfig,
  stoppers: (() => Promise<void>)[],
  log: (line: string) => void,
) =>
  new Promise<RunningSchool>((resolvePromise, reject) => {
    const child: ChildProcess = fork(schoolProcessFile, {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, PREAU_SCHOOL_RUNTIME: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const output of [child.stdout, child.stderr]) {
      if (output) createInterface({ input: output }).on('line', log);
    }
    stoppers.push(() => stopProcess(child));
    child.on('message', (message: { type: string; url?: string; message?: string }) => {
      if (message.type === 'ready') resolvePromise({ school: config.school, url: message.url as string });
      if (message.type === 'failed') reject(new LocalPlatformError(message.message));
    });
    child.once('exit', (code) =>
      reject(new LocalPlatformError(`School ${config.school.id} stopped (exit ${code}).`)),
    );
  });
