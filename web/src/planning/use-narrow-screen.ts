import { useEffect, useState } from 'preact/hooks';

/** Below this width (a phone, held upright) a timetable of columns no longer fits: plannings become lists. */
export const narrowScreen = '(max-width: 39.99rem)';

/** Whether the screen is narrow now, following it as a phone turns or a window is resized. */
export const useNarrowScreen = () => {
  const [narrow, setNarrow] = useState(() => window.matchMedia(narrowScreen).matches);
  useEffect(() => {
    const query = window.matchMedia(narrowScreen);
    const follow = () => setNarrow(query.matches);
    follow();
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
};
