import './quiet-sdk';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeb } from '#infra/build/build-web';
import { loadRegistry } from '#infra/tenants/registry';
import { isPortFree } from './free-port';
import { startPlatform } from './platform';
import { LocalPlatformError } from './platform-error';
import { demoPassword } from './seed/people/demo-people';

const usage = `npm start [-- --fresh | --memory] [--port 3000]
  --fresh   start from scratch: delete the local data (.data/) first
  --memory  keep everything in memory: nothing is read from or written to .data/
  --port    the first school's port (default: $PORT or 3000); the next schools take the following ports`;

const mailCatcherPort = 8005;

const main = async () => {
  const { values } = parseArgs({
    options: {
      fresh: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const basePort = Number(values.port);
  if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65535) {
    throw new LocalPlatformError(`--port must be a port number, not ${values.port}.`);
  }
  const dataDirectory = resolve(import.meta.dirname, '../../.data');
  if (values.fresh) rmSync(dataDirectory, { recursive: true, force: true });

  const { outdir: webDirectory } = await buildWeb();
  const registry = loadRegistry();
  const host = process.env.HOST ?? '127.0.0.1';
  const platform = await startPlatform({
    schools: registry.schools,
    dataDirectory: values.memory ? undefined : dataDirectory,
    host,
    basePort,
    // The mail catcher's usual port, as its README gives it; another one if that is taken.
    mailPort: (await isPortFree(mailCatcherPort, host)) ? mailCatcherPort : 0,
    demoSchoolId: registry.schools[0]?.id,
    webDirectory,
    log: console.log,
  });
  const stop = async () => {
    console.log('\nStopping Préau…');
    await platform.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const [demo, ...others] = platform.schools;
  console.log(`\nPréau is running${values.memory ? ' (in memory)' : ` (data in ${dataDirectory})`}.`);
  if (demo) console.log(`  Demo school: ${demo.school.displayName}  →  ${demo.url}`);
  for (const { school, url } of others) console.log(`  ${school.displayName}  →  ${url}`);
  console.log(`  Mails sent (notifications, password reset codes)  →  ${platform.mailCatcher}`);
  console.log(`\nDemo accounts, in every school (password ${demoPassword}):`);
  for (const { username, profile } of demo?.demoAccounts ?? [])
    console.log(`  ${username.padEnd(20)} ${profile}`);
  console.log('\nPress Ctrl-C to stop.');
};

main().catch((error) => {
  if (error instanceof LocalPlatformError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
