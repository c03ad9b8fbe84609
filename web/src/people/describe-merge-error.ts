import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

/** Why a merge was refused: the record kept, records that cannot go together, a stale page, or a failure. */
export const describeMergeError = (error: unknown, format: Format): string => {
  const texts = format.messages.duplicates;
  const reason = failureReason(error, format);
  if (error instanceof ApiError) {
    if (error.status === 400 && error.field === 'keepId') return texts.keepAccount;
    if (error.status === 400) return format.fill(texts.refused, { reason });
    if (error.status === 403) return texts.forbidden;
    if (error.status === 404 || error.status === 409) return texts.changed;
  }
  return format.fill(texts.failed, { reason });
};
