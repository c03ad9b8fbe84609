import type { Pages } from '../pages';
import { SharingPage } from './sharing-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'sharing'> = {
  sharing: ({ api, format, me }) => <SharingPage api={api} format={format} me={me} />,
};
