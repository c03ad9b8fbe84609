import type { Pages } from '../pages';
import { HomePage } from './home-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'home'> = {
  home: ({ api, format, me }) => <HomePage api={api} format={format} me={me} />,
};
