import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { pollSchoolYears, type SchoolYears } from './school-years';

/**
 * The school's years, followed every two seconds while the switch runs; leaving the page stops the polling.
 * `switched` turns true once a switch seen running is over. `switchYear` starts the switch and follows it.
 */
export const useSchoolYears = (api: Api) => {
  const [years, setYears] = useState<SchoolYears>();
  const [error, setError] = useState<unknown>();
  const [switched, setSwitched] = useState(false);
  const [round, setRound] = useState(0);
  const sawSwitching = useRef(false);

  useEffect(() => {
    const polling = new AbortController();
    setError(undefined);
    const onYears = (read: SchoolYears) => {
      if (sawSwitching.current && !read.switching) setSwitched(true);
      sawSwitching.current = read.switching;
      setYears(read);
    };
    pollSchoolYears((signal) => api.schoolYears(signal), onYears, polling.signal).catch(
      (failure: unknown) => {
        if (!polling.signal.aborted) setError(failure);
      },
    );
    return () => polling.abort();
  }, [api, round]);

  const switchYear = useCallback(async () => {
    await api.switchSchoolYear();
    sawSwitching.current = true;
    // The page shows the switch at once, rather than the button until the next reading.
    setYears((known) => known && { ...known, switching: true });
    setRound((count) => count + 1);
  }, [api]);

  /** After a failed reading, or to follow a switch someone else started. */
  const readAgain = useCallback(() => setRound((count) => count + 1), []);

  return { years, error, switched, switchYear, readAgain };
};
