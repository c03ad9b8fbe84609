import type { Pages } from '../pages';
import { ImportsPage } from './imports-page';
import { SchoolYearsPage } from './school-years-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'imports' | 'school-years'> = {
  imports: ({ api, format, me, route }) => (
    <ImportsPage api={api} format={format} me={me} jobId={route.jobId} />
  ),
  'school-years': ({ api, format, me }) => <SchoolYearsPage api={api} format={format} me={me} />,
};
