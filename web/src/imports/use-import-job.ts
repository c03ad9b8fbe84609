import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { ImportJob } from './import-job';
import { pollImportJob } from './poll-import-job';

/**
 * A job, followed while the backend works on it; leaving the page stops the polling. `apply` asks for the job to
 * be applied and follows it again; `retry` reads it again after a failed reading.
 */
export const useImportJob = (api: Api, jobId: string) => {
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<unknown>();
  const [round, setRound] = useState(0);

  useEffect(() => {
    const polling = new AbortController();
    setError(undefined);
    pollImportJob((signal) => api.importJob(jobId, signal), setJob, polling.signal).catch(
      (failure: unknown) => {
        if (!polling.signal.aborted) setError(failure);
      },
    );
    return () => polling.abort();
  }, [api, jobId, round]);

  const apply = useCallback(
    async (confirmYear?: string) => {
      const { status } = await api.applyImport(jobId, confirmYear);
      // The page shows the new step at once, rather than the old one until the next reading.
      setJob((known) => known && { ...known, status, progress: null, error: null });
      setRound((count) => count + 1);
    },
    [api, jobId],
  );

  const retry = useCallback(() => setRound((count) => count + 1), []);

  return { job, error, apply, retry };
};
