import { ApiError, ApiUnreachableError } from '../http/api-errors';
import { failureReason } from '../http/failure-reason';
import { retryAfterMinutes } from '../http/retry-after';
import type { Format } from '../i18n/format';

/** Why signing in failed, said so that the person knows what to do next. */
export const describeSignInError = (error: unknown, format: Format): string => {
  const { signIn } = format.messages;
  if (error instanceof ApiUnreachableError) return signIn.unreachable;
  if (error instanceof ApiError && error.status === 401) return signIn.wrongCredentials;
  if (error instanceof ApiError && error.status === 400) return signIn.missingFields;
  if (error instanceof ApiError && error.status === 429) {
    const minutes = retryAfterMinutes(error);
    return minutes ? format.fill(signIn.tooManyAttemptsFor, { minutes }) : signIn.tooManyAttempts;
  }
  return format.fill(signIn.failed, { reason: failureReason(error, format) });
};
