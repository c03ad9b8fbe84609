import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves the focus to the main region when another page replaces the one shown, as a page load would, so that a
 * screen reader starts reading there; the first page shown keeps the browser's own focus. `page` is undefined
 * while it is not known yet which page to show.
 */
export const useFocusOnNewPage = (main: RefObject<HTMLElement | null>, page: string | undefined) => {
  const previous = useRef<string>(undefined);
  useEffect(() => {
    if (page === undefined) return;
    if (previous.current !== undefined && previous.current !== page) main.current?.focus();
    previous.current = page;
  }, [main, page]);
};
