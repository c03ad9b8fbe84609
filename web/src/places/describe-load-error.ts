import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

/** Why the places did not load, in words a person can act on. */
export const describeLoadError = (error: unknown, format: Format): string =>
  format.loadError(failureReason(error, format));
