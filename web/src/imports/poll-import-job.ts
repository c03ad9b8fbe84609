import { type ImportJob, isRunning } from './import-job';

/** How long to wait between two readings of a running job. */
export const pollingInterval = 1000;

export type Pause = (milliseconds: number, signal: AbortSignal) => Promise<void>;

/** Waits, or stops waiting as soon as the signal aborts. */
export const pauseFor: Pause = (milliseconds, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const stop = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * Reads a job, and reads it again every second while the backend works on it. Each reading goes to `onJob`.
 * Returns the job once its status is final, or undefined when the signal aborts (the page was left).
 */
export const pollImportJob = async (
  readJob: (signal: AbortSignal) => Promise<ImportJob>,
  onJob: (job: ImportJob) => void,
  signal: AbortSignal,
  pause: Pause = pauseFor,
): Promise<ImportJob | undefined> => {
  while (!signal.aborted) {
    const job = await readJob(signal);
    if (signal.aborted) break;
    onJob(job);
    if (!isRunning(job.status)) return job;
    await pause(pollingInterval, signal);
  }
  return undefined;
};
