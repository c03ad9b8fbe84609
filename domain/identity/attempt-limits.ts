import { TooManyAttemptsError } from '#domain/shared/errors';
import type { AttemptCounter, AttemptLimit, CountedAttempt } from './session-ports';

const quarterHour = 15 * 60;

/**
 * How many guesses sign-in and activation allow. A person gets 10 wrong passwords in the quarter hour that follows
 * their first wrong one, then waits for that quarter hour to end; an address, which a whole school can share behind its router, gets 100 wrong
 * sign-ins and 60 wrong codes per quarter hour, enough for a class that mistypes at the start of a lesson.
 * Successes cost nothing.
 */
export const attemptLimits = {
  signInPerUsername: { kind: 'sign-in-username', max: 10, windowSeconds: quarterHour },
  signInPerAddress: { kind: 'sign-in-address', max: 100, windowSeconds: quarterHour },
  activationPerCode: { kind: 'activation-code', max: 10, windowSeconds: quarterHour },
  activationPerAddress: { kind: 'activation-address', max: 60, windowSeconds: quarterHour },
  // Each request for a reset code sends a mail: a few per identifier, more per address (a family, a school).
  resetRequestPerUsername: { kind: 'reset-request-username', max: 5, windowSeconds: quarterHour },
  resetRequestPerAddress: { kind: 'reset-request-address', max: 30, windowSeconds: quarterHour },
  resetPerUsername: { kind: 'reset-username', max: 10, windowSeconds: quarterHour },
  resetPerAddress: { kind: 'reset-address', max: 60, windowSeconds: quarterHour },
} as const satisfies Record<string, AttemptLimit>;

export interface LimitedKey {
  limit: AttemptLimit;
  key: string;
  /**
   * On success: `reset` forgets the key's failures (a username), `give-back` uncounts this attempt only, `keep`
   * leaves it counted (a request that sends a mail costs the same whatever its outcome).
   */
  onSuccess: 'reset' | 'give-back' | 'keep';
}

/**
 * Runs an attempt only when every limit still has room, counting it before it runs: concurrent guesses can never
 * exceed a limit, and a right password is refused as a wrong one while its limit is reached.
 * 1. Count the attempt against each key; at the first full one, uncount the others and refuse (429).
 * 2. Run it. A failure that is a guess (`isGuess`) stays counted; any other failure is uncounted.
 * 3. On success, reset or give back each key.
 */
export const withAttemptLimits = async <T>(
  keys: readonly LimitedKey[],
  ports: { attempts: AttemptCounter; now: Date },
  attempt: () => Promise<T>,
  isGuess: (error: unknown) => boolean,
): Promise<T> => {
  const counted: CountedAttempt[] = [];
  for (const { limit, key } of keys) {
    const taken = await ports.attempts.take(limit, key, ports.now);
    if ('retryAfterSeconds' in taken) {
      await Promise.all(counted.map((attempt) => ports.attempts.giveBack(attempt)));
      throw new TooManyAttemptsError(taken.retryAfterSeconds);
    }
    counted.push(taken.counted);
  }
  let result: T;
  try {
    result = await attempt();
  } catch (error) {
    if (!isGuess(error)) await Promise.all(counted.map((attempt) => ports.attempts.giveBack(attempt)));
    throw error;
  }
  await Promise.all(
    counted.map((attempt, index) => {
      const onSuccess = keys[index]?.onSuccess;
      if (onSuccess === 'keep') return undefined;
      return onSuccess === 'reset' ? ports.attempts.reset(attempt) : ports.attempts.giveBack(attempt);
    }),
  );
  return result;
};
