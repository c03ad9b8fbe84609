import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new session's id, and each generation's nonce: 256 random bits, of which the table keeps only the hash. */
export const newSessionId = () => randomUUID();
export const newNonce = () => randomBytes(32).toString('base64url');
export const hashNonce = (nonce: string) => createHash('sha256').update(nonce).digest('hex');

/** How long a session lasts without a new sign-in: the user pool's refresh token lifetime. */
export const sessionLifetimeDays = 30;
