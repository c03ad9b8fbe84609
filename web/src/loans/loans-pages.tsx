import type { Pages } from '../pages';
import { paths } from '../routes';
import { Redirect } from '../shell/routing/redirect';
import { CampaignPage } from './campaign-page';
import { ImportPage } from './import-page';
import { InventoryPage } from './inventory-page';
import { ItemPage, NewItemPage } from './item-page';
import { LoanPage } from './loan-page';
import { LoanRequestPage } from './loan-request-page';
import { LoansDeskPage } from './loans-desk-page';
import { MyLoansPage } from './my-loans-page';
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
  | 'loan-request'
  | 'my-loans'
  | 'loans-desk'
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
  // L5: one borrower page; the reminders already sent lead to the old address.
  'my-instruments': () => <Redirect to={paths.myLoans} />,
  // L1 loans
  'loan-request': ({ api, format, me, route }) => (
    <LoanRequestPage api={api} format={format} me={me} family={route.family} itemId={route.itemId} />
  ),
  'my-loans': ({ api, format, me }) => <MyLoansPage api={api} format={format} me={me} />,
  'loans-desk': ({ api, format, route }) => (
    <LoansDeskPage key={route.status} api={api} format={format} status={route.status} />
  ),
};
