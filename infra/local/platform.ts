import { type ChildProcess, fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { localResourceNames } from '#infra/definitions/environment';
import type { Tenant } from '#infra/tenants/tenant';
import { type CognitoLocal, startCognitoLocal } from './cognito-local';
import { createSchoolResources } from './create-school-resources';
import { type DynamoDbLocal, startDynamoDbLocal, stopProcess } from './dynamodb-local';
import { isPortFree } from './free-port';
import { localDynamoDbClient, localS3Client } from './local-aws';
import { type MailCatcher, startMailCatcher } from './mail-catcher';
import { LocalPlatformError } from './platform-error';
import { type S3Local, startS3Local } from './s3-local';
import type { SchoolRuntimeConfig } from './school-runtime';
import { ensureSchoolUserPool, type LocalUserPool } from './school-user-pool';
import { seedDemoAttendance } from './seed/attendance/seed-demo-attendance';
import { seedDemoBookingRules } from './seed/booking/seed-demo-booking-rules';
import { seedDemoHomework } from './seed/homework/seed-demo-homework';
import { seedDemoLoans } from './seed/loans/seed-demo-loans';
import { seedDemoLiaisonNotes } from './seed/messaging/seed-demo-liaison-notes';
import { seedDemoWorkGroup } from './seed/messaging/seed-demo-work-group';
import type { DemoAccount } from './seed/people/demo-people';
import { seedDemoPeople } from './seed/people/seed-demo-people';
import { seedDemoPlanning } from './seed/planning/seed-demo-planning';
import { seedDemoRequestForms } from './seed/requests/seed-demo-request-forms';
import { seedDemoSales } from './seed/sales/seed-demo-sales';
import { seedDemoSchool } from './seed/seed-demo-school';
import { seedDemoTime } from './seed/time/seed-demo-time';

export interface PlatformOptions {
  schools: readonly Tenant[];
  /** Where DynamoDB Local and s3rver keep their data; undefined keeps everything in memory. */
  dataDirectory?: string;
  host: string;
  /** The first school listens on it, the next on the port after, and so on; 0 picks free ports. */
  basePort: number;
  /** Where the mail catcher listens; 0 or undefined picks a free port. */
  mailPort?: number;
  /** The school that gets the demo seed, if any. */
  demoSchoolId?: string;
  webDirectory: string;
  log(line: string): void;
}

export interface RunningSchool {
  school: Tenant;
  url: string;
  /** The demo accounts of the school, one per profile. */
  demoAccounts: DemoAccount[];
}

const schoolProcessFile = resolve(import.meta.dirname, 'school-process.ts');

/**
 * Starts the whole platform on this machine:
 * 1. check the schools' ports are free, before anything is started;
 * 2. start DynamoDB Local, s3rver, the mail catcher and cognito-local (which mails through it), shared as an AWS
 *    account's services are;
 * 3. create each school's table, buckets and user pool from the stack's definitions; seed the demo places in the
 *    demo school and a demo directory with one account per profile in every school;
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
    // The mail catcher answers at once; the others are started together, as each takes a second or two to
    // answer; whatever started is stopped if one fails.
    const mail: MailCatcher = await startMailCatcher({ host: options.host, port: options.mailPort });
    stoppers.push(mail.stop);
    const started = await Promise.allSettled([
      startDynamoDbLocal({ dataDirectory: subdirectory(options.dataDirectory, 'dynamodb') }),
      startS3Local({ dataDirectory: subdirectory(options.dataDirectory, 's3') }),
      startCognitoLocal({
        dataDirectory: subdirectory(options.dataDirectory, 'cognito'),
        mailEndpoint: mail.endpoint,
      }),
    ]);
    for (const service of started) if (service.status === 'fulfilled') stoppers.push(service.value.stop);
    const [dynamodb, s3, cognito] = started.map((service) => {
      if (service.status === 'rejected') throw service.reason;
      return service.value;
    }) as [DynamoDbLocal, S3Local, CognitoLocal];
    const endpoints = {
      dynamodb: dynamodb.endpoint,
      s3: s3.endpoint,
      cognito: cognito.endpoint,
      mail: mail.endpoint,
    };
    const clients = { dynamodb: localDynamoDbClient(endpoints), s3: localS3Client(endpoints) };
    // cognito-local keeps its clients in one file: pools are made one after the other.
    const userPools: LocalUserPool[] = [];
    for (const school of options.schools)
      userPools.push(await ensureSchoolUserPool(cognito.endpoint, school.id));
    const prepared = await Promise.all(
      options.schools.map(async (school, index) => {
        await createSchoolResources(school.id, clients);
        const userPool = userPools[index] as LocalUserPool;
        const tableName = localResourceNames(school.id).table;
        if (school.id === options.demoSchoolId) {
          const { seeded, places } = await seedDemoSchool(clients.dynamodb, tableName);
          if (seeded) options.log(`Seeded the demo school ${school.id}: ${places} places.`);
          const planning = await seedDemoPlanning(school, clients.dynamodb, tableName);
          if (planning.seeded)
            options.log(`Planned ${school.id}'s school year: ${planning.activities} activities.`);
          const requestForms = await seedDemoRequestForms(clients.dynamodb, tableName);
          if (requestForms.seeded) options.log(`Defined ${school.id}'s ${requestForms.forms} request forms.`);
          const booking = await seedDemoBookingRules(school, clients.dynamodb, tableName);
          if (booking.seeded) options.log(`Set ${school.id}'s ${booking.rules} booking rules.`);
          const homework = await seedDemoHomework(school, clients.dynamodb, tableName);
          if (homework.seeded)
            options.log(`Wrote ${homework.sessions} sessions of ${school.id}'s homework book.`);
          const attendance = await seedDemoAttendance(school, clients.dynamodb, tableName);
          if (attendance.seeded)
            options.log(`Took ${attendance.registers} of ${school.id}'s registers of today.`);
          const loans = await seedDemoLoans(school, clients.dynamodb, clients.s3, tableName);
          if (loans.seeded)
            options.log(`Catalogued ${school.id}'s ${loans.items} instruments and equipment.`);
          const sales = await seedDemoSales(school, clients.dynamodb, tableName);
          if (sales.seeded)
            options.log(`Priced ${school.id}'s season for hire, and drafted quote ${sales.quote}.`);
          const time = await seedDemoTime(school, clients.dynamodb, tableName);
          if (time.seeded) options.log(`Planned ${time.shifts} shifts of ${school.id}'s technical team.`);
        }
        const people = await seedDemoPeople(school, clients.dynamodb, tableName, {
          endpoint: cognito.endpoint,
          userPoolId: userPool.userPoolId,
        });
        if (people.seeded) options.log(`Seeded ${school.id}'s directory: ${people.people} people.`);
        if (school.id === options.demoSchoolId) {
          const workGroup = await seedDemoWorkGroup(school, clients.dynamodb, clients.s3, tableName);
          if (workGroup.seeded) options.log(`Gathered ${school.id}'s demo work group.`);
        }
        const liaison = await seedDemoLiaisonNotes(school, clients.dynamodb, tableName);
        if (liaison.seeded) options.log(`Wrote ${school.id}'s ${liaison.notes} liaison notes.`);
        return { school, userPool, demoAccounts: people.accounts };
      }),
    );
    clients.dynamodb.destroy();
    clients.s3.destroy();
    const running = await Promise.all(
      prepared.map(({ school, userPool, demoAccounts }, index) =>
        startSchoolProcess(
          {
            school,
            host: options.host,
            port: ports[index] ?? 0,
            endpoints,
            userPool,
            webDirectory: options.webDirectory,
            feedKeyFile:
              options.dataDirectory && join(options.dataDirectory, 'feed-keys', `${school.id}.json`),
            pushKeyFile:
              options.dataDirectory && join(options.dataDirectory, 'push-keys', `${school.id}.json`),
          },
          stoppers,
          options.log,
        ).then((started) => ({ ...started, demoAccounts })),
      ),
    );
    return { schools: running, endpoints, mailCatcher: mail.endpoint, stop };
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
  new Promise<Omit<RunningSchool, 'demoAccounts'>>((resolvePromise, reject) => {
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
