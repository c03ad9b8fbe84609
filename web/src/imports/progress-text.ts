import type { Format } from '../shell/i18n/format';
import type { ImportJob } from './import-job';
import { progressFraction } from './import-job';

/**
 * What the status line reads out about a job. The job is read every second, so while it runs the percentage is
 * rounded down to tens: a screen reader then speaks a few times, not at every answer.
 */
export const progressAnnouncement = (job: ImportJob, format: Format): string => {
  const texts = format.messages.imports;
  if (job.status === 'planning' || job.status === 'applying') {
    const fraction = progressFraction(job.progress);
    const phase = texts[job.status];
    return fraction === undefined ? phase : `${phase} ${format.percent(Math.floor(fraction * 10) / 10)}`;
  }
  if (job.status === 'planned') return texts.planned;
  if (job.status === 'applied') return texts.applied;
  // A failure is said by its alert; a job never checked has nothing going on.
  return '';
};

/** The count beside the progress bar: « 120 sur 480 ». */
export const progressCount = (job: ImportJob, format: Format): string =>
  job.progress
    ? format.fill(format.messages.imports.progressCount, {
        done: format.number(job.progress.done),
        total: format.number(job.progress.total),
      })
    : '';
