import type { Pages } from '../pages';
import { LiveDayPage } from './live-day-page';
import { RegisterPageView, RollCallPage } from './roll-call-page';

/** The roll call's pages, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'attendance' | 'attendance-register' | 'attendance-day'> = {
  attendance: ({ api, format }) => <RollCallPage api={api} format={format} />,
  'attendance-register': ({ api, format, route }) => (
    <RegisterPageView
      key={`${route.activityId}/${route.seriesDate}`}
      api={api}
      format={format}
      activityId={route.activityId}
      seriesDate={route.seriesDate}
    />
  ),
  'attendance-day': ({ api, format, route }) => (
    <LiveDayPage key={route.date} api={api} format={format} date={route.date} />
  ),
};
