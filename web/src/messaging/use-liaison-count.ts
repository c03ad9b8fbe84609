import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';

/** Said by a page where a note was just signed, so that the menu's count follows at once. */
export const liaisonSignedEvent = 'preau:liaison-signed';

/**
 * How many notes a guardian has left to sign, for the menu: read when they sign in, on each new page and after a
 * signature; undefined for others, or while unknown (the menu then shows no count rather than a wrong one).
 */
export const useLiaisonCount = (api: Api, me: Me | undefined, pathname: string) => {
  const [count, setCount] = useState<number>();
  const [signed, setSigned] = useState(0);
  const guardian = me?.profiles.includes('guardian') ?? false;
  useEffect(() => {
    const again = () => setSigned((times) => times + 1);
    window.addEventListener(liaisonSignedEvent, again);
    return () => window.removeEventListener(liaisonSignedEvent, again);
  }, []);
  useEffect(() => {
    if (!guardian) {
      setCount(undefined);
      return;
    }
    const request = new AbortController();
    api.receivedNotes(request.signal).then(
      ({ unsignedCount }) => setCount(unsignedCount),
      () => undefined,
    );
    return () => request.abort();
  }, [api, guardian, pathname, signed]);
  return count;
};
