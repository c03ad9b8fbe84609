import { useEffect, useState } from 'preact/hooks';

export interface Location {
  pathname: string;
  search: string;
}

const moves = new Set<() => void>();

const here = (): Location => ({ pathname: location.pathname, search: location.search });

/** Goes to another page of the app without reloading it; `replace` when the page left should not stay in history. */
export const navigate = (path: string, { replace = false } = {}) => {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const move of moves) move();
};

/** The address of the page, followed through links of the app and the browser's back and forward buttons. */
export const useLocation = (): Location => {
  const [where, setWhere] = useState(here);
  useEffect(() => {
    const follow = () => setWhere(here());
    moves.add(follow);
    addEventListener('popstate', follow);
    return () => {
      moves.delete(follow);
      removeEventListener('popstate', follow);
    };
  }, []);
  return where;
};

/** A click the app handles itself: a plain left click, not one asking for a new tab or window. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 &&
  !event.metaKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  !event.altKey &&
  !event.defaultPrevented;
