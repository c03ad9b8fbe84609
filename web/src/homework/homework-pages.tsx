import type { Pages } from '../pages';
import { BookPage } from './book-page';
import { HomeworkPage } from './homework-page';
import { SessionPage } from './session-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'homework' | 'homework-session' | 'homework-book'> = {
  homework: ({ api, format, me }) => <HomeworkPage api={api} format={format} me={me} />,
  'homework-session': ({ api, format, me, route }) => (
    <SessionPage
      key={`${route.activityId}/${route.seriesDate}`}
      api={api}
      format={format}
      me={me}
      activityId={route.activityId}
      seriesDate={route.seriesDate}
    />
  ),
  'homework-book': ({ api, format, me, route }) => (
    <BookPage
      key={`${route.kind}/${route.id}`}
      api={api}
      format={format}
      me={me}
      kind={route.kind}
      id={route.id}
    />
  ),
};
