import type { VNode } from 'preact';
import type { Api } from './api';
import { type ModulePages, modulePages, type PageName, type PageProps } from './pages';
import type { Me } from './people/person';
import { preloadWeekData } from './planning/week-data';
import { paths, type Route } from './routes';
import { salesPageNames } from './sales/sales-routes';
import { NotFoundPage } from './shell/frame/not-found-page';
import type { Format } from './shell/i18n/format';
import { LazyLoaded } from './shell/loading/lazy';
import { Redirect } from './shell/routing/redirect';

/**
 * Each module's pages, one line a module: its name, its pages, and the file that draws them
 * (`web/src/<m>/<m>-pages.tsx`, exporting `pages`). The build puts each file, with what only it uses, in a chunk
 * of its own, fetched when one of its pages is first shown, so that a page loads the shell and its own module, not
 * every module of the portal.
 */
const modules = [
  modulePages('home', ['home'], () => import('./home/home-pages')),
  modulePages('places', ['places'], () => import('./places/places-pages')),
  modulePages('audit', ['audit'], () => import('./audit/audit-pages')),
  modulePages('identity', ['activation-codes'], () => import('./identity/identity-pages')),
  modulePages('sharing', ['sharing'], () => import('./sharing/sharing-pages')),
  modulePages('imports', ['imports', 'school-years'], () => import('./imports/imports-pages')),
  modulePages(
    'people',
    ['person', 'class', 'directory', 'duplicates'],
    () => import('./people/people-pages'),
  ),
  modulePages(
    'planning',
    ['planning-day', 'planning-week', 'free-places', 'projects', 'project'],
    () => import('./planning/planning-pages'),
  ),
  modulePages(
    'booking',
    ['booking', 'booking-requests', 'booking-rules'],
    () => import('./booking/booking-pages'),
  ),
  modulePages(
    'requests',
    ['request-forms', 'fill-form', 'form-editor', 'request'],
    () => import('./requests/requests-pages'),
  ),
  modulePages(
    'homework',
    ['homework', 'homework-session', 'homework-book'],
    () => import('./homework/homework-pages'),
  ),
  modulePages(
    'messaging',
    [
      'message-reports',
      'messaging-rules',
      'work-groups',
      'new-work-group',
      'work-group',
      'notifications',
      'notification-preferences',
      'liaison',
      'liaison-note',
      'messages',
      'conversation',
      'compose-message',
    ],
    () => import('./messaging/messaging-pages'),
  ),
  modulePages(
    'attendance',
    ['attendance', 'attendance-register', 'attendance-day', 'absences', 'justifications'],
    () => import('./attendance/attendance-pages'),
  ),
  modulePages(
    'loans',
    [
      'instruments',
      'instrument',
      'instrument-new',
      'instruments-import',
      'instruments-overdue',
      'instruments-renewals',
      'my-instruments',
      'loan',
      'loan-request',
      'my-loans',
      'loans-desk',
    ],
    () => import('./loans/loans-pages'),
  ),
  modulePages('sales', salesPageNames, () => import('./sales/sales-pages')),
  modulePages('time', ['time-week', 'my-hours'], () => import('./time/time-pages')),
] as const;

/** The pages the frame draws itself: every other page of `Route` must be declared above, or this fails to compile. */
type FramePage = 'sign-in' | 'activation' | 'password-reset' | 'not-found' | 'offer';
type Undeclared = Exclude<PageName, FramePage | (typeof modules)[number]['pages'][number]>;
const everyPageDeclared: [Undeclared] extends [never] ? true : Undeclared = true;
void everyPageDeclared;

const moduleOfPage = new Map<PageName, ModulePages>(
  modules.flatMap((module) => module.pages.map((page) => [page, module as ModulePages] as const)),
);

/**
 * Starts fetching the code of the page at an address, before the session is even checked: called as the portal
 * starts, it overlaps the page's chunk with the sign-in check instead of waiting on it.
 */
export const preloadPage = (route: Route) => {
  moduleOfPage
    .get(route.page)
    ?.code.load()
    .catch(() => undefined);
};

/**
 * Asks for the data of the page at an address as the portal starts, once the session is renewed, for the pages
 * most often opened from a link or a bookmark: a week. Its page takes the answers (web/src/planning/week-data.ts).
 */
export const preloadPageData = (api: Api, route: Route) => {
  if (route.page === 'planning-week') preloadWeekData(api, route.kind, route.id, route.view);
};

interface SignedInPageProps {
  api: Api;
  format: Format;
  me: Me;
  route: Route;
}

/** The page of an address for a signed-in person; the sign-in page has done its work and sends them home. */
export const SignedInPage = ({ api, format, me, route }: SignedInPageProps) => {
  if (route.page === 'sign-in') return <Redirect to={paths.home} />;
  const module = moduleOfPage.get(route.page);
  if (!module) return <NotFoundPage format={format} />;
  const props = { api, format, me, route } as PageProps<PageName>;
  return (
    <LazyLoaded key={modules.indexOf(module as (typeof modules)[number])} lazy={module.code} format={format}>
      {(pages) => (pages[route.page] as (props: PageProps<PageName>) => VNode)(props)}
    </LazyLoaded>
  );
};
