import { useCallback, useId } from 'preact/hooks';
import type { Api } from '../api';
import { borrowsForThemself, keepsInstruments } from '../people/abilities';
import type { Me } from '../people/person';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { LoanFacts, LoanTitle } from './loan-words';

interface PersonLoansProps {
  api: Api;
  format: Format;
  me: Me;
  personId: string;
}

/**
 * A person's loans on their sheet (`GET /api/loans?borrowerId=`), each a link to its form: for the staff who keep
 * the loans, the person themself when they may borrow (a pupil, a teacher) and their guardians. Nobody else is shown anything, not even that there are none;
 * the API refuses them alike.
 */
export const PersonLoans = ({ me, personId, ...props }: PersonLoansProps) =>
  (me.personId === personId && borrowsForThemself(me.profiles)) ||
  me.children.some((child) => child.personId === personId) ||
  keepsInstruments(me.profiles) ? (
    <LoansOf personId={personId} {...props} />
  ) : null;

const LoansOf = ({ api, format, personId }: Omit<PersonLoansProps, 'me'>) => {
  const texts = format.messages.loans.personLoans;
  const titleId = useId();
  const load = useCallback(
    (signal: AbortSignal) => api.listLoans({ borrowerId: personId }, signal),
    [api, personId],
  );
  const { state } = useLoad(load);
  if (state.status !== 'loaded') return null;
  const { loans } = state.value;
  return (
    <section class="sheet__section" aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.title}</h3>
      {loans.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="loans-items">
          {loans.map((loan) => (
            <li key={loan.loanId} class="card">
              <LoanTitle loan={loan} format={format} />
              <LoanFacts loan={loan} format={format} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
