import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';

/** Where the loads of a page report: each one starts, and calls what it got back once it has an answer. */
export interface PendingLoads {
  start: () => () => void;
}

/** The loads of the blocks below it: a page that shows them all at once provides it; none by default. */
export const PendingLoadsContext = createContext<PendingLoads | undefined>(undefined);

/** A load in progress tells the page above it, if the page waits for its blocks; `loading` false ends it. */
export const useReportLoading = (loading: boolean) => {
  const pending = useContext(PendingLoadsContext);
  useEffect(() => (loading && pending ? pending.start() : undefined), [loading, pending]);
};

/** How long the blocks of a page may wait on each other: then it shows what it has, and the rest arrives in place. */
const defaultPatienceMs = 4000;

/**
 * Blocks that load on their own each push what follows them as they arrive: on a phone, a home page whose day comes
 * after its title jumped several times (a layout shift Lighthouse counted 0.4–0.6). A page that provides these
 * pending loads shows its blocks when the first loads of all of them have answered (or after `patienceMs`), in one
 * paint; what loads later (a retry, the next week) is not waited for.
 */
export const usePendingLoads = (patienceMs = defaultPatienceMs) => {
  const [settled, setSettled] = useState(false);
  const running = useRef(0);
  const settledRef = useRef(false);
  const check = useRef<() => void>(() => undefined);
  check.current = () => {
    // Blocks that appear with an answer may start loads of their own in the same commit: look again a little later.
    setTimeout(() => {
      if (running.current === 0 && !settledRef.current) {
        settledRef.current = true;
        setSettled(true);
      }
    }, 30);
  };
  const loads = useMemo<PendingLoads>(
    () => ({
      start: () => {
        running.current += 1;
        let ended = false;
        return () => {
          if (ended) return;
          ended = true;
          running.current -= 1;
          if (running.current === 0) check.current();
        };
      },
    }),
    [],
  );
  useEffect(() => {
    // Children's effects ran first: if none of them loads, the page is settled at once.
    check.current();
    const patience = setTimeout(() => {
      settledRef.current = true;
      setSettled(true);
    }, patienceMs);
    return () => clearTimeout(patience);
  }, [patienceMs]);
  return { settled, loads };
};
