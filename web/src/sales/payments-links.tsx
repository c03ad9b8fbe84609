import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { salesPaths } from './sales-routes';

/** The way from « Ventes » to the money owed: « Impayés » and « Journal des ventes » (S4), for the home's links. */
export const PaymentsLinks = ({ format }: { format: Format }) => {
  const texts = format.messages.salesPayments;
  return (
    <>
      <li>
        <Link href={salesPaths.salesOverdue}>{texts.overdueTitle}</Link>
      </li>
      <li>
        <Link href={salesPaths.salesJournal}>{texts.journalTitle}</Link>
      </li>
    </>
  );
};
