import { ApiError, ApiUnreachableError } from '../api';
import type { Format } from '../i18n/format';

/** Why the places did not load, in words a person can act on: the API's own message when it sent one. */
export const describeLoadError = (error: unknown, format: Format): string => {
  const reason =
    error instanceof ApiUnreachableError
      ? format.messages.serverUnreachable
      : error instanceof ApiError
        ? error.message || format.httpError(error.status)
        : error instanceof Error
          ? error.message
          : String(error);
  return format.loadError(reason);
};
