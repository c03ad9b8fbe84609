import type { Pages } from '../pages';
import { AuditPage } from './audit-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'audit'> = {
  audit: ({ api, format, me }) => <AuditPage api={api} format={format} me={me} />,
};
