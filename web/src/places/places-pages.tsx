import type { Pages } from '../pages';
import { PlacesPage } from './places-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'places'> = {
  places: ({ api, format, me }) => <PlacesPage api={api} format={format} me={me} />,
};
