import type { Format } from '../i18n/format';
import { ApiError, ApiUnreachableError } from './api-errors';

/** Why a request failed, in words a person can act on: the API's own message when it sent one. */
export const failureReason = (error: unknown, format: Format): string =>
  error instanceof ApiUnreachableError
    ? format.messages.serverUnreachable
    : error instanceof ApiError && error.code === 'payload_too_large'
      ? format.messages.payloadTooLarge
      : error instanceof ApiError
        ? error.message || format.httpError(error.status)
        : error instanceof Error
          ? error.message
          : String(error);
