import type { Pages } from '../pages';
import { ActivationCodesPage } from './activation-codes-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'activation-codes'> = {
  'activation-codes': ({ api, format, me }) => <ActivationCodesPage api={api} format={format} me={me} />,
};
