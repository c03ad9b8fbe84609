import type { Api } from '../api';
import type { Format } from '../shell/i18n/format';
import { PaymentsLinks } from './payments-links';

interface SalesHomePageProps {
  api: Api;
  format: Format;
}

/** `/ventes`: the sales desk's home, the quotes by state and the way to clients, grids and invoices. */
export const SalesHomePage = ({ format }: SalesHomePageProps) => {
  const texts = format.messages.sales;
  return (
    <section class="page sales stack--loose" aria-labelledby="sales-title">
      <div>
        <h2 id="sales-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      <nav aria-label={texts.title}>
        <ul class="sales__links">
          {/* S4 payments, journal */}
          <PaymentsLinks format={format} />
        </ul>
      </nav>
    </section>
  );
};
