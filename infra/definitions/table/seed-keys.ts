import { keyPrefixes } from './key-prefixes';

/**
 * The local platform's demo school: markers of the parts already seeded.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | seed marker of the demo school           | PK = SEED, SK = SEED                                   | table |
 * | a seeded part of the demo school         | PK = SEED, SK = SEED#<part>                            | table |
 */
export const seedKeyPrefixes = keyPrefixes('seed', { partitions: ['SEED'] });

export const seedKeys = {
  marker: () => ({ PK: 'SEED', SK: 'SEED' }),
  part: (part: string) => ({ PK: 'SEED', SK: `SEED#${part}` }),
};
