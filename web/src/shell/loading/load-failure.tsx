import { failureReason } from '../http/failure-reason';
import type { Format } from '../i18n/format';

interface LoadFailureProps {
  error: unknown;
  format: Format;
  retry: () => void;
}

/** A page that did not load: why, and a button to try again. */
export const LoadFailure = ({ error, format, retry }: LoadFailureProps) => (
  <div class="notice notice--error" role="alert">
    <p>{format.pageLoadError(failureReason(error, format))}</p>
    <button type="button" class="button" onClick={retry}>
      {format.messages.retry}
    </button>
  </div>
);

/** While a page loads; announced politely. */
export const Loading = ({ format }: { format: Format }) => (
  <p class="loading" role="status">
    {format.messages.loadingPage}
  </p>
);
