import type { Pages } from '../pages';
import { MyHoursPage } from './my-hours-page';
import { TeamWeekPage } from './team-week-page';
import { mondayOfRoute } from './time-words';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'time-week' | 'my-hours'> = {
  'time-week': ({ api, format, route }) => {
    const monday = mondayOfRoute(route.monday, format);
    return <TeamWeekPage key={monday} api={api} format={format} monday={monday} />;
  },
  'my-hours': ({ api, format, me, route }) => {
    const monday = mondayOfRoute(route.monday, format);
    return <MyHoursPage key={monday} api={api} format={format} me={me} monday={monday} />;
  },
};
