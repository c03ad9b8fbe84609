import type { Pages } from '../pages';
import { AbsencesPage } from './absences-page';
import { JustificationsPage } from './justifications-page';
import { LiveDayPage } from './live-day-page';
import { RegisterPageView, RollCallPage } from './roll-call-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<
  'attendance' | 'attendance-register' | 'attendance-day' | 'absences' | 'justifications'
> = {
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
  absences: ({ api, format, me, route }) => (
    <AbsencesPage key={route.personId ?? ''} api={api} format={format} me={me} personId={route.personId} />
  ),
  justifications: ({ api, format }) => <JustificationsPage api={api} format={format} />,
};
