import type { Server } from 'node:http';
import * as sesLocal from 'aws-ses-v2-local';
import { freePort } from './free-port';

export interface MailCatcher {
  /** Where the SES v2 API answers, and where a browser reads the mails caught (the catcher's inbox). */
  endpoint: string;
  stop(): Promise<void>;
}

/** One mail as the catcher keeps it (`GET <endpoint>/store`). */
export interface CaughtMail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  /** Seconds since the epoch. */
  at: number;
}

type Serve = (config: { host: string; port: number }) => Promise<Server>;

// A CommonJS module whose default export is `exports.default`: Node gives the module, a bundler the function.
const serve = ((sesLocal.default as unknown as { default?: Serve }).default ??
  sesLocal.default) as unknown as Serve;

/**
 * Starts aws-ses-v2-local, the local mail catcher: it answers the SES API and keeps every mail in memory, shown at
 * its URL. Mails from cognito-local (the codes of forgotten passwords) arrive there, as they would reach a
 * person's mailbox through SES in AWS. Port 0 picks a free one.
 */
export const startMailCatcher = async (
  options: { host?: string; port?: number } = {},
): Promise<MailCatcher> => {
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort());
  const server = await serve({ host, port });
  return {
    endpoint: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** The mails caught so far, oldest first. */
export const caughtMails = async (endpoint: string): Promise<CaughtMail[]> => {
  const response = await fetch(`${endpoint}/store`);
  if (!response.ok) throw new Error(`The mail catcher answered ${response.status}`);
  return ((await response.json()) as { emails: CaughtMail[] }).emails;
};
