import type { Format } from '../i18n/format';
import { apiErrorText } from './api-error-words';
import { ApiError, ApiUnreachableError } from './api-errors';

/**
 * Why a request failed, in words a person can act on: a refusal of the API worded from its code in the reader's
 * language (never the API's English message), with the label of the field at fault when `labels` names it.
 */
export const failureReason = (error: unknown, format: Format, labels?: Record<string, string>): string =>
  error instanceof ApiUnreachableError
    ? format.messages.serverUnreachable
    : error instanceof ApiError
      ? apiErrorText(error, format, labels)
      : error instanceof Error
        ? error.message
        : String(error);
