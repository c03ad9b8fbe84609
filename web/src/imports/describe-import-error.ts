import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { ImportUploadError } from './check-import';

/** Why an import could not start: a profile without the right, files the API refused, or a file not sent. */
export const describeCheckError = (error: unknown, format: Format): string => {
  const texts = format.messages.imports;
  if (error instanceof ApiError && error.status === 403) return texts.forbidden;
  if (error instanceof ApiError && error.status === 400) {
    return format.fill(texts.refused, { reason: failureReason(error, format) });
  }
  if (error instanceof ImportUploadError) {
    return format.message(texts.uploadFailed, {
      file: error.file,
      reason: failureReason(error.cause, format),
    });
  }
  return format.fill(texts.failed, { reason: failureReason(error, format) });
};

/** Why a checked import could not be applied: not ready (still checking, or errors), or another failure. */
export const describeApplyError = (error: unknown, format: Format): string => {
  const texts = format.messages.imports;
  const reason = failureReason(error, format);
  if (error instanceof ApiError && error.status === 409) return format.fill(texts.notReady, { reason });
  if (error instanceof ApiError && error.status === 403) return texts.forbidden;
  return format.fill(texts.applyFailed, { reason });
};
