import { useCallback, useId, useState } from 'preact/hooks';
import { catalogueFamilies, type ItemFamily } from '#domain/loans/item-values';
import type { LoanRule } from '#domain/loans/loan-rules';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import type { LoanRulesView } from './loans-api';

/** A family's rule as the form holds it: amounts typed in euros, the levels as typed. */
interface Row {
  lent: boolean;
  students: boolean;
  teachers: boolean;
  levels: string;
  bufferDays: string;
  kind: 'free' | 'rental';
  fee: string;
  deposit: string;
}

const euros = (cents: number | undefined) =>
  cents === undefined ? '' : String(cents / 100).replace('.', ',');
const number = (typed: string) => Number(typed.replace(',', '.').trim());

const rowOf = (rule: LoanRule | undefined): Row => ({
  lent: rule !== undefined,
  students: rule?.borrowers.includes('student') ?? true,
  teachers: rule?.borrowers.includes('teacher') ?? true,
  levels: rule?.levels?.join(', ') ?? '',
  bufferDays: String(rule?.bufferDays ?? 1),
  kind: rule?.kind ?? 'free',
  fee: euros(rule?.feeCents),
  deposit: euros(rule?.depositCents),
});

/** A family's rule as the API takes it; those for some kinds only, which this form does not show, are kept. */
const inputOf = (family: ItemFamily, row: Row) => {
  const levels = row.levels
    .split(',')
    .map((level) => level.trim())
    .filter(Boolean);
  return {
    family,
    borrowers: [...(row.students ? ['student'] : []), ...(row.teachers ? ['teacher'] : [])],
    ...(row.students && levels.length > 0 && { levels }),
    bufferDays: number(row.bufferDays),
    kind: row.kind,
    ...(row.kind === 'rental' && row.fee.trim() && { feeEuros: number(row.fee) }),
    ...(row.deposit.trim() && { depositEuros: number(row.deposit) }),
  };
};

const kindInput = (rule: LoanRule) => ({
  family: rule.family,
  ...(rule.kinds && { kinds: rule.kinds }),
  borrowers: rule.borrowers,
  ...(rule.levels && { levels: rule.levels }),
  bufferDays: rule.bufferDays,
  kind: rule.kind,
  ...(rule.feeCents !== undefined && { feeEuros: rule.feeCents / 100 }),
  ...(rule.depositCents !== undefined && { depositEuros: rule.depositCents / 100 }),
});

/** « Règles de prêt », on the staff's desk: who may borrow each family, the days held around, free or a rental. */
export const LoanRulesForm = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.loanRules(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <Loaded state={state} format={format} retry={retry}>
      {(rules) => <RulesEditor api={api} format={format} rules={rules} />}
    </Loaded>
  );
};

const RulesEditor = ({ api, format, rules }: { api: Api; format: Format; rules: LoanRulesView }) => {
  const texts = format.messages.loans;
  const words = texts.rules;
  const id = useId();
  const [rows, setRows] = useState(
    () =>
      Object.fromEntries(
        catalogueFamilies.map((family) => [
          family,
          rowOf(rules.rules.find((rule) => rule.family === family && !rule.kinds)),
        ]),
      ) as Record<ItemFamily, Row>,
  );
  const [version, setVersion] = useState(rules.version);
  const [status, setStatus] = useState<{ error?: string; note?: string; busy?: boolean }>({});
  const change = (family: ItemFamily, patch: Partial<Row>) =>
    setRows((before) => ({ ...before, [family]: { ...before[family], ...patch } }));
  const save = async (event: Event) => {
    event.preventDefault();
    setStatus({ busy: true });
    try {
      const next = await api.saveLoanRules({
        version,
        rules: [
          ...catalogueFamilies
            .filter((family) => rows[family].lent)
            .map((family) => inputOf(family, rows[family])),
          ...rules.rules.filter((rule) => rule.kinds).map(kindInput),
        ],
      });
      setVersion(next.version);
      setStatus({ note: words.saved });
    } catch (failure) {
      setStatus({ error: failureReason(failure, format) });
    }
  };
  return (
    <section class="card stack loan-rules" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.title}</h3>
      <p class="card__detail">{words.intro}</p>
      <form class="stack" onSubmit={(event) => void save(event)}>
        {catalogueFamilies.map((family) => {
          const row = rows[family];
          const at = `${id}-${family}`;
          return (
            <fieldset key={family} class="choice stack">
              <legend>{texts.families[family]}</legend>
              <label class="choice__option">
                <input
                  type="checkbox"
                  checked={row.lent}
                  onChange={(event) => change(family, { lent: event.currentTarget.checked })}
                />
                {words.lent}
              </label>
              {row.lent && (
                <>
                  <fieldset class="choices">
                    <legend>{words.borrowers}</legend>
                    <label class="choice__option">
                      <input
                        type="checkbox"
                        checked={row.students}
                        onChange={(event) => change(family, { students: event.currentTarget.checked })}
                      />
                      {words.students}
                    </label>
                    <label class="choice__option">
                      <input
                        type="checkbox"
                        checked={row.teachers}
                        onChange={(event) => change(family, { teachers: event.currentTarget.checked })}
                      />
                      {words.teachers}
                    </label>
                  </fieldset>
                  {row.students && (
                    <div class="field">
                      <label for={`${at}-levels`}>{words.levels}</label>
                      <input
                        id={`${at}-levels`}
                        value={row.levels}
                        placeholder={words.anyLevel}
                        onInput={(event) => change(family, { levels: event.currentTarget.value })}
                      />
                    </div>
                  )}
                  <div class="field">
                    <label for={`${at}-buffer`}>{words.bufferDays}</label>
                    <input
                      id={`${at}-buffer`}
                      type="number"
                      min={0}
                      max={30}
                      value={row.bufferDays}
                      onInput={(event) => change(family, { bufferDays: event.currentTarget.value })}
                    />
                  </div>
                  <div class="field">
                    <label for={`${at}-kind`}>{words.kind}</label>
                    <select
                      id={`${at}-kind`}
                      value={row.kind}
                      onChange={(event) => change(family, { kind: event.currentTarget.value as Row['kind'] })}
                    >
                      <option value="free">{words.free}</option>
                      <option value="rental">{words.rental}</option>
                    </select>
                  </div>
                  {row.kind === 'rental' && (
                    <div class="field">
                      <label for={`${at}-fee`}>{words.fee}</label>
                      <input
                        id={`${at}-fee`}
                        inputMode="decimal"
                        value={row.fee}
                        onInput={(event) => change(family, { fee: event.currentTarget.value })}
                      />
                    </div>
                  )}
                  <div class="field">
                    <label for={`${at}-deposit`}>{words.deposit}</label>
                    <input
                      id={`${at}-deposit`}
                      inputMode="decimal"
                      value={row.deposit}
                      onInput={(event) => change(family, { deposit: event.currentTarget.value })}
                    />
                  </div>
                </>
              )}
            </fieldset>
          );
        })}
        <p class="card__detail">{format.message(words.version, { version })}</p>
        <FormAlert id={`${id}-error`} message={status.error} />
        {status.note && (
          <p role="status" class="muted">
            {status.note}
          </p>
        )}
        <button type="submit" class="button" disabled={status.busy}>
          {words.save}
        </button>
      </form>
    </section>
  );
};
