import type { Format } from '../shell/i18n/format';
import type { ImportJob } from './import-job';
import { problemReason } from './import-problems';
import { summaryText } from './summary-text';

/**
 * What the red notice of a failed job says: the failure in the page's language, and for an apply stopped part-way,
 * what its finished chunks wrote (the job's summary counts them, each once).
 */
export const failureText = (job: ImportJob, format: Format): { message: string; doneSoFar?: string } => {
  const texts = format.messages.imports;
  // A refused file says why in the reader's language, by its problem's code, rather than in the backend's words.
  const refusal = job.problems.find(({ severity, code }) => severity === 'error' && code !== undefined);
  const reason = job.failure
    ? format.fill(texts.chunkFailed, {
        part: format.number(job.failure.part),
        parts: format.number(job.failure.parts),
      })
    : refusal
      ? problemReason(refusal, format)
      : (job.error ?? texts.unknownError);
  const message = format.fill(job.summary ? texts.jobFailed : texts.checkFailed, { reason });
  if (!(job.chunks && job.summary)) return { message };
  return {
    message,
    doneSoFar: format.fill(texts.doneSoFar, { summary: summaryText(job.summary, 'applied', format) }),
  };
};

/** Whether the job's summary counts what an apply wrote before it stopped, rather than what it would do. */
export const stoppedPartWay = (job: ImportJob) => job.status === 'failed' && Boolean(job.chunks);
