import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

/** Why the switch did not start: nothing prepared, already running, a profile without the right, or a failure. */
export const describeSwitchError = (error: unknown, format: Format): string => {
  const texts = format.messages.schoolYears;
  if (error instanceof ApiError && error.code === 'nothing_prepared') return texts.nothingToSwitch;
  if (error instanceof ApiError && error.code === 'busy') return texts.busy;
  if (error instanceof ApiError && error.status === 403) return texts.forbidden;
  return format.fill(texts.failed, { reason: failureReason(error, format) });
};
