import type { Pages } from '../pages';
import { CampaignPage } from './campaign-page';
import { ImportPage } from './import-page';
import { InventoryPage } from './inventory-page';
import { ItemPage, NewItemPage } from './item-page';
import { LoanPage } from './loan-page';
import { MyInstrumentsPage } from './my-instruments-page';
import { OverduePage } from './overdue-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<
  | 'instruments'
  | 'instrument'
  | 'instrument-new'
  | 'instruments-import'
  | 'instruments-overdue'
  | 'instruments-renewals'
  | 'my-instruments'
  | 'loan'
> = {
  instruments: ({ api, format, route }) => (
    <InventoryPage key={route.family} api={api} format={format} family={route.family} />
  ),
  instrument: ({ api, format, me, route }) => (
    <ItemPage key={route.itemId} api={api} format={format} me={me} itemId={route.itemId} />
  ),
  'instrument-new': ({ api, format, route }) => (
    <NewItemPage api={api} format={format} family={route.family} />
  ),
  'instruments-import': ({ api, format }) => <ImportPage api={api} format={format} />,
  loan: ({ api, format, route }) => (
    <LoanPage key={route.loanId} api={api} format={format} loanId={route.loanId} />
  ),
  // L3 overdue and campaign
  'instruments-overdue': ({ api, format }) => <OverduePage api={api} format={format} />,
  'instruments-renewals': ({ api, format, route }) => (
    <CampaignPage key={route.year} api={api} format={format} year={route.year} />
  ),
  'my-instruments': ({ api, format }) => <MyInstrumentsPage api={api} format={format} />,
};
