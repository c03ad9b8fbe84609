import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import webPush from 'web-push';

/**
 * The school's VAPID key pair locally: made once and kept with the data (browsers' subscriptions stay valid between
 * runs), or made for this run when the data is in memory. In AWS it is the secret `preau/<school>/push-keys`.
 */
export const ensurePushKeys = (file?: string): { publicKey: string; privateKey: string } => {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const keys = webPush.generateVAPIDKeys();
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return keys;
};
