import { useCallback, useId, useState } from 'preact/hooks';
import type { ItemCondition } from '#domain/loans/item-values';
import { itemConditions } from '#domain/loans/item-values';
import { servicingSuggested } from '#domain/loans/loan';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { euros, saveFile } from './download-file';
import type { LoanForm } from './loans-api';
import { SignaturePad } from './signature-pad';

/** An action's state: busy while it runs, its failure in words. */
const useAction = (format: Format, done: () => void) => {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const run = async (action: () => Promise<unknown>, labels?: Record<string, string>) => {
    if (state.busy) return;
    setState({ busy: true });
    try {
      await action();
      setState({ busy: false });
      done();
    } catch (error) {
      setState({ busy: false, error: failureReason(error, format, labels) });
    }
  };
  return { ...state, run };
};

/**
 * `/prets/<loanId>`: a loan's form. The family reads the contract, uploads the insurance and signs on screen; the
 * staff hand the instrument over, check it back (« Ouvrir une fiche d’entretien ») and give the deposit back.
 */
export const LoanPage = ({ api, format, loanId }: { api: Api; format: Format; loanId: string }) => {
  const texts = format.messages.loans;
  const load = useCallback((signal: AbortSignal) => api.loanForm(loanId, signal), [api, loanId]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page loans stack--loose" aria-labelledby="loan-title">
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {(form: LoanForm) => (
          <>
            <div>
              <h2 id="loan-title">{format.fill(texts.loanTitle, { reference: form.contract.reference })}</h2>
              <p class={`loans-status loans-status--${form.loan.status}`}>
                {texts.loanFormStatuses[form.loan.status]}
              </p>
              <p>
                {form.keeper ? (
                  <Link href={paths.instrument(form.item.itemId)}>{form.item.kind}</Link>
                ) : (
                  form.item.kind
                )}
                {` · ${form.borrower.firstName} ${form.borrower.lastName}`}
              </p>
              <p>
                {format.fill(texts.loanDates, {
                  start: format.date(form.loan.startDate),
                  end: format.date(form.loan.endDate),
                })}
              </p>
            </div>
            <Contract api={api} format={format} form={form} />
            <Insurance api={api} format={format} form={form} done={retry} />
            {form.maySign && <SignForm api={api} format={format} form={form} done={retry} />}
            {form.keeper && <Desk api={api} format={format} form={form} done={retry} />}
          </>
        )}
      </Loaded>
    </section>
  );
};

const Contract = ({ api, format, form }: { api: Api; format: Format; form: LoanForm }) => {
  const texts = format.messages.loans;
  const { contract } = form;
  const action = useAction(format, () => undefined);
  return (
    <section class="stack" aria-labelledby="contract-title">
      <h3 id="contract-title">{contract.title}</h3>
      <ul class="loans-contract">
        {contract.parties.map((party) => (
          <li
            key={party.role}
          >{`${party.role} : ${party.name}${party.detail ? `, ${party.detail}` : ''}`}</li>
        ))}
      </ul>
      <p>{contract.item.lines.join(' · ')}</p>
      {contract.item.accessories.length > 0 && (
        <p>{format.fill(texts.accessoriesLine, { accessories: contract.item.accessories.join(', ') })}</p>
      )}
      <dl class="loans-facts">
        {contract.terms.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>{texts.conditionsTitle}</summary>
        <ol>
          {contract.conditions.map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ol>
        <p class="muted">{contract.legalBasis}</p>
      </details>
      {contract.signedLine && <p class="loans-signed">{contract.signedLine}</p>}
      <FormAlert id="contract-error" message={action.error} />
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={action.busy}
        onClick={() =>
          action.run(async () =>
            saveFile(await api.contractPdf(form.loan.loanId), `contrat-${contract.reference}.pdf`),
          )
        }
      >
        {texts.downloadContract}
      </button>
    </section>
  );
};

const openStatuses = ['approved', 'signed', 'out'];

const Insurance = ({
  api,
  format,
  form,
  done,
}: {
  api: Api;
  format: Format;
  form: LoanForm;
  done: () => void;
}) => {
  const texts = format.messages.loans;
  const id = useId();
  const [file, setFile] = useState<File | undefined>();
  const action = useAction(format, done);
  const given = form.loan.insuranceDocument;
  return (
    <section class="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{texts.insurance}</h3>
      {given ? (
        <>
          <p>{format.fill(texts.insuranceGiven, { name: given.name })}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              action.run(async () => {
                window.open((await api.insuranceLink(form.loan.loanId)).url, '_blank', 'noopener');
              })
            }
          >
            {texts.seeInsurance}
          </button>
        </>
      ) : (
        <p>{form.insuranceRequired ? texts.insuranceRequired : texts.insuranceOptional}</p>
      )}
      {!given && openStatuses.includes(form.loan.status) && (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (file) action.run(() => api.sendInsurance(form.loan.loanId, file, form.loan.version));
          }}
        >
          <div class="field">
            <label for={`${id}-file`}>{texts.insuranceFile}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              required
              onChange={(event) => setFile(event.currentTarget.files?.[0])}
            />
          </div>
          <FormAlert id={`${id}-error`} message={action.error} />
          <button type="submit" class="button" aria-disabled={action.busy || !file}>
            {texts.sendInsurance}
          </button>
        </form>
      )}
    </section>
  );
};

const SignForm = ({
  api,
  format,
  form,
  done,
}: {
  api: Api;
  format: Format;
  form: LoanForm;
  done: () => void;
}) => {
  const texts = format.messages.loans;
  const id = useId();
  const [typedName, setTypedName] = useState('');
  const [drawing, setDrawing] = useState<string | undefined>();
  const action = useAction(format, done);
  return (
    <form
      class="form stack"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        action.run(
          () =>
            api.signLoan(form.loan.loanId, {
              typedName,
              ...(drawing && { drawing }),
              version: form.loan.version,
            }),
          { typedName: texts.typedName, drawing: texts.signaturePad },
        );
      }}
    >
      <h3 id={`${id}-title`}>{texts.sign}</h3>
      <p>
        {form.minor
          ? format.fill(texts.signAsGuardian, {
              name: `${form.borrower.firstName} ${form.borrower.lastName}`,
            })
          : texts.signIntro}
      </p>
      <div class="field">
        <label for={`${id}-name`}>{texts.typedName}</label>
        <input
          id={`${id}-name`}
          value={typedName}
          required
          autocomplete="name"
          onInput={(event) => setTypedName(event.currentTarget.value)}
        />
      </div>
      <SignaturePad label={texts.signaturePad} clearLabel={texts.clearPad} onDrawing={setDrawing} />
      <FormAlert id={`${id}-error`} message={action.error} />
      <button type="submit" class="button" aria-disabled={action.busy}>
        {texts.sign}
      </button>
    </form>
  );
};

const Desk = ({
  api,
  format,
  form,
  done,
}: {
  api: Api;
  format: Format;
  form: LoanForm;
  done: () => void;
}) => {
  const texts = format.messages.loans;
  const { loan } = form;
  const action = useAction(format, done);
  return (
    <section class="stack" aria-label={texts.returnTitle}>
      {loan.handedOutAt && <p>{format.fill(texts.handedOver, { at: format.instant(loan.handedOutAt) })}</p>}
      {loan.status === 'signed' && (
        <button
          type="button"
          class="button"
          aria-disabled={action.busy}
          onClick={() => action.run(() => api.handOverLoan(loan.loanId, loan.version))}
        >
          {texts.handOver}
        </button>
      )}
      {loan.status === 'out' && <ReturnForm api={api} format={format} form={form} done={done} />}
      {loan.returned && (
        <p>
          {format.fill(texts.returnedLine, {
            at: format.instant(loan.returned.at),
            condition: texts.conditions[loan.returned.condition],
          })}
          {loan.returned.servicingTicketId && ` ${texts.servicingOpened}`}
        </p>
      )}
      {loan.depositCents !== undefined && loan.depositCents > 0 && (
        <p>{format.fill(texts.deposit, { amount: euros(format.localeTag, loan.depositCents) })}</p>
      )}
      {loan.depositReturnedAt && (
        <p>{format.fill(texts.depositReturned, { at: format.instant(loan.depositReturnedAt) })}</p>
      )}
      {loan.status === 'returned' && Boolean(loan.depositCents) && !loan.depositReturnedAt && (
        <button
          type="button"
          class="button button--secondary"
          aria-disabled={action.busy}
          onClick={() => action.run(() => api.returnDeposit(loan.loanId, loan.version))}
        >
          {texts.depositReturn}
        </button>
      )}
      <FormAlert id="desk-error" message={action.error} />
    </section>
  );
};

const ReturnForm = ({
  api,
  format,
  form,
  done,
}: {
  api: Api;
  format: Format;
  form: LoanForm;
  done: () => void;
}) => {
  const texts = format.messages.loans;
  const id = useId();
  const before = form.item.condition;
  const [condition, setCondition] = useState<ItemCondition>(before);
  const [notes, setNotes] = useState('');
  const [servicing, setServicing] = useState<boolean | undefined>();
  const suggested = servicingSuggested(before, condition, notes);
  const openServicing = servicing ?? suggested;
  const action = useAction(format, done);
  return (
    <form
      class="form stack"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        action.run(() =>
          api.returnLoan(form.loan.loanId, {
            condition,
            ...(notes.trim() && { notes: notes.trim() }),
            openServicing,
            version: form.loan.version,
          }),
        );
      }}
    >
      <h3 id={`${id}-title`}>{texts.returnTitle}</h3>
      <div class="field">
        <label for={`${id}-condition`}>{texts.returnCondition}</label>
        <select
          id={`${id}-condition`}
          value={condition}
          onChange={(event) => setCondition(event.currentTarget.value as ItemCondition)}
        >
          {itemConditions.map((value) => (
            <option key={value} value={value}>
              {texts.conditions[value]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${id}-notes`}>{texts.returnNotes}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          onInput={(event) => setNotes(event.currentTarget.value)}
        />
      </div>
      {suggested && <p class="loans-hint">{texts.servicingSuggested}</p>}
      <label class="choice__option">
        <input
          type="checkbox"
          checked={openServicing}
          onChange={(event) => setServicing(event.currentTarget.checked)}
        />
        {texts.openServicing}
      </label>
      <FormAlert id={`${id}-error`} message={action.error} />
      <button type="submit" class="button" aria-disabled={action.busy}>
        {texts.recordReturn}
      </button>
    </form>
  );
};
