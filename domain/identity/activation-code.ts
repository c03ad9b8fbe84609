import { createHash, randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when copying from paper: no 0/O, 1/I/L, U. */
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const groups = 3;
const groupLength = 4;

/** A new one-time code, such as `K7QM-3TZA-HX9P`: 12 characters of 30, about 59 bits of chance. */
export const newActivationCode = () =>
  Array.from({ length: groups }, () =>
    Array.from({ length: groupLength }, () => alphabet[randomInt(alphabet.length)]).join(''),
  ).join('-');

/** What the person typed, with spaces, dashes and case forgiven. */
export const normalizeActivationCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/**
 * The table stores this hash, never the code. The codes' entropy makes a fast hash enough: a stolen table gives
 * nothing to guess from, and a look-up by hash needs a deterministic one.
 */
export const hashActivationCode = (code: string) =>
  createHash('sha256').update(normalizeActivationCode(code)).digest('hex');

/** How long a code works after its batch is made: long enough for letters to go home and come back. */
export const activationCodeLifetimeDays = 30;
