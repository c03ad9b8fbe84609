import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api';
import { usesMessaging } from '../people/abilities';
import type { Me } from '../people/person';

/**
 * How many received messages the person has not read, for the menu: read again on each new page (opening a
 * conversation marks it read). A failure leaves the figure out, never the menu.
 */
export const useUnreadMessages = (api: Api, me: Me | undefined, pathname: string) => {
  const [unread, setUnread] = useState(0);
  const reads = me !== undefined && usesMessaging(me.profiles);
  useEffect(() => {
    if (!reads) return;
    const request = new AbortController();
    api.unreadMessages(request.signal).then(setUnread, () => undefined);
    return () => request.abort();
  }, [api, reads, pathname]);
  return reads ? unread : 0;
};
