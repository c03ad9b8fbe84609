import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stopProcess } from './dynamodb-local';
import { freePort } from './free-port';
import { LocalPlatformError, startupLimitMs } from './platform-error';

export interface CognitoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** cognito-local, built with a message sender that mails through SES (cognito-local-process.ts). */
const processFile = resolve(import.meta.dirname, 'cognito-local-process.ts');

/**
 * Starts cognito-local, which answers the Cognito user pool API (the same SDK calls the functions make in AWS)
 * and signs its tokens with keys published at `<issuer>/.well-known/jwks.json`. It keeps its pools under
 * `<directory>/.cognito`: the data directory, or a temporary one removed on stop. Its mails (the codes of
 * forgotten passwords) go to the mail catcher at `mailEndpoint`.
 */
export const startCognitoLocal = async (options: {
  dataDirectory?: string;
  mailEndpoint: string;
}): Promise<CognitoLocal> => {
  const directory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), 'preau-cognito-'));
  mkdirSync(join(directory, '.cognito'), { recursive: true });
  // Usernames are not e-mail addresses here: most pupils have none. Cognito's default is the same.
  writeFileSync(
    join(directory, '.cognito', 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }),
  );
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', processFile], {
    env: {
      ...process.env,
      PREAU_COGNITO_DIRECTORY: join(directory, '.cognito'),
      PORT: String(port),
      HOST: '127.0.0.1',
      PREAU_MAIL_ENDPOINT: options.mailEndpoint,
      NODE_NO_WARNINGS: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(endpoint, child);
  return {
    endpoint,
    stop: async () => {
      await stopProcess(child);
      if (!options.dataDirectory) rmSync(directory, { recursive: true, force: true });
    },
  };
};

const waitUntilAnswering = async (endpoint: string, child: ChildProcess) => {
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors += chunk;
  });
  const deadline = Date.now() + startupLimitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new LocalPlatformError(
        `cognito-local stopped as it started: ${errors.trim().split('\n').at(-1)}`,
      );
    }
    try {
      await fetch(`${endpoint}/health`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new LocalPlatformError(`cognito-local did not answer within ${startupLimitMs / 1000} seconds.`);
};
