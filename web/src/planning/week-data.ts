import type { Api } from '../api';
import { todayIn } from '../shell/i18n/calendar-dates';
import { agendaSpanOf } from './agenda-span';
import type { WeekView } from './planning-in-url';
import type { ResourceKind } from './planning-types';
import { placesOnce } from './use-places-by-id';

/**
 * What a week page waits on, asked for from its address as the portal starts, once the session is renewed: its
 * agenda and the names of places. The page's own calls then take these answers (api.ts `prefetchJson`, `placesOnce`)
 * instead of leaving only after its code has arrived and drawn it once. Today is the browser's until the school
 * has said its zone, as on the page's first render; a page that asks for another span asks for it itself.
 */
export const preloadWeekData = (api: Api, kind: ResourceKind, id: string, view: WeekView) => {
  api.session.whenResumed().then((signedIn) => {
    if (!signedIn) return;
    api.prefetchAgenda(kind, id, agendaSpanOf(view, todayIn()));
    placesOnce(api).catch(() => undefined);
  });
};
