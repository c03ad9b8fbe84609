import { useId } from 'preact/hooks';
import type { Format } from '../shell/i18n/format';
import { type ImportJob, progressFraction } from './import-job';
import { progressCount } from './progress-text';

/** The bar of a running job, and its count; without a count yet, the bar only says that work goes on. */
export const ImportProgress = ({ job, format }: { job: ImportJob; format: Format }) => {
  const id = useId();
  const fraction = progressFraction(job.progress);
  return (
    <div class="progress">
      <label for={id} class="progress__label">
        {format.messages.imports.progress}
      </label>
      {/* Two elements: a bar that had a value does not turn indeterminate again when the value goes. */}
      {fraction === undefined ? (
        <progress key="unknown" id={id} />
      ) : (
        <progress key="known" id={id} value={fraction} max={1} />
      )}
      <span class="progress__count">{progressCount(job, format)}</span>
    </div>
  );
};
