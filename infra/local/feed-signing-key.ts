import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FeedSigningKey {
  /** As CloudFront names a public key: `K` and 13 capitals and digits. */
  keyPairId: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * The school's feed key pair locally: made once and kept with the data (so links stay valid between runs), or
 * made for this run when the data is in memory. In AWS the public key is in the stack's trusted key group and the
 * private key in a secret.
 */
export const ensureFeedSigningKey = (file?: string): FeedSigningKey => {
  if (file && existsSync(file)) return withId(JSON.parse(readFileSync(file, 'utf8')));
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const key = withId({ privateKeyPem: privateKey, publicKeyPem: publicKey });
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  }
  return key;
};

const withId = (key: Omit<FeedSigningKey, 'keyPairId'>): FeedSigningKey => ({
  ...key,
  keyPairId: `K${createHash('sha256').update(key.publicKeyPem).digest('hex').slice(0, 13).toUpperCase()}`,
});
