import { keyPrefixes } from './key-prefixes';

/**
 * Accounts, activation codes, sessions and the counters that limit sign-in attempts in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | the person of an account (token `sub`)   | PK = ACCOUNT#<sub>, SK = ACCOUNT                       | table |
 * | whose a username is                      | PK = USERNAME#<username>, SK = USERNAME                | table |
 * | an activation code, by its hash          | PK = ACTIVATION#<sha256>, SK = CODE (expires by TTL)   | table |
 * | an activation batch                      | PK = ACTIVATION-BATCH#<id>, SK = BATCH                 | table |
 * | a signed-in session (refresh cookie)     | PK = SESSION#<id>, SK = SESSION (expires by TTL)       | table |
 * | attempts of a username, code or address  | PK = ATTEMPTS#<kind>#<key>, SK = ATTEMPTS (TTL)        | table |
 */
export const identityKeyPrefixes = keyPrefixes('identity', {
  partitions: ['ACCOUNT#', 'USERNAME#', 'ACTIVATION#', 'ACTIVATION-BATCH#', 'SESSION#', 'ATTEMPTS#'],
});

export const accountKeys = {
  account: (accountId: string) => ({ PK: `ACCOUNT#${accountId}`, SK: 'ACCOUNT' }),
  username: (username: string) => ({ PK: `USERNAME#${username}`, SK: 'USERNAME' }),
  code: (codeHash: string) => ({ PK: `ACTIVATION#${codeHash}`, SK: 'CODE' }),
  batch: (batchId: string) => ({ PK: `ACTIVATION-BATCH#${batchId}`, SK: 'BATCH' }),
};

/** Sessions (one per sign-in, holding its refresh generation) and the counters that limit sign-in attempts. */
export const sessionKeys = {
  session: (sessionId: string) => ({ PK: `SESSION#${sessionId}`, SK: 'SESSION' }),
  /** One counter per limited key (`kind` names the limit: `sign-in-username`, `activation-address`…). */
  attempts: (kind: string, key: string) => ({ PK: `ATTEMPTS#${kind}#${key}`, SK: 'ATTEMPTS' }),
};
