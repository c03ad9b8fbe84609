import { LocalPlatformError } from './platform-error';
import { runSchool, type SchoolRuntimeConfig } from './school-runtime';

/** A child process of the local platform running one school; the parent talks to it over IPC. */
const config = JSON.parse(process.env.PREAU_SCHOOL_RUNTIME ?? '{}') as SchoolRuntimeConfig;
const log = (line: string) => console.log(`[${config.school.id}] ${line}`);

try {
  const school = await runSchool(config, log);
  const stop = async () => {
    await school.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', () => undefined);
  process.on('disconnect', stop);
  process.send?.({ type: 'ready', url: school.url });
} catch (error) {
  const message =
    error instanceof LocalPlatformError
      ? error.message
      : String(error instanceof Error ? error.stack : error);
  process.send?.({ type: 'failed', message });
  process.exit(1);
}
