import type { VNode } from 'preact';
import type { Api } from './api';
import type { Me } from './people/person';
import type { Route } from './routes';
import type { Format } from './shell/i18n/format';
import { type Lazy, lazy } from './shell/loading/lazy';

export type PageName = Route['page'];

/** What a page of a signed-in person is drawn from: the API, the words, who they are and its address. */
export interface PageProps<P extends PageName> {
  api: Api;
  format: Format;
  me: Me;
  route: Extract<Route, { page: P }>;
}

/** A module's pages (`web/src/<m>/<m>-pages.tsx`): how each route of the module is drawn. */
export type Pages<P extends PageName> = { [K in P]: (props: PageProps<K>) => VNode };

/** The pages of one module, as the router knows them before their code is loaded: their names, and the load. */
export interface ModulePages<P extends PageName = PageName> {
  pages: readonly P[];
  code: Lazy<Pages<P>>;
}

/**
 * Declares a module's pages for the router, loaded on demand in a chunk of their own:
 * `modulePages(['homework', 'homework-session'], () => import('./homework/homework-pages'))`.
 */
export const modulePages = <const P extends PageName>(
  pages: readonly P[],
  load: () => Promise<{ pages: NoInfer<Pages<P>> }>,
): ModulePages<P> => ({ pages, code: lazy(() => load().then((loaded) => loaded.pages)) });
