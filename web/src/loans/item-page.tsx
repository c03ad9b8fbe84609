import { useCallback, useState } from 'preact/hooks';
import type { Item } from '#domain/loans/item';
import type { Api } from '../api';
import { borrowsInstruments, keepsInstruments } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { euros } from './download-file';
import { familyOf } from './inventory-page';
import { ItemForm } from './item-form';
import { ItemPhotos } from './item-photos';
import type { ItemLoan, ItemSheet } from './loans-api';

/** `/instruments/<itemId>`: where an item's QR label leads: its sheet, its history, and its form for the staff. */
export const ItemPage = ({
  api,
  format,
  me,
  itemId,
}: {
  api: Api;
  format: Format;
  me: Me;
  itemId: string;
}) => {
  const texts = format.messages.loans;
  const load = useCallback((signal: AbortSignal) => api.item(itemId, signal), [api, itemId]);
  const { state, retry } = useLoad(load);
  const [editing, setEditing] = useState(false);
  const mayEdit = keepsInstruments(me.profiles);
  return (
    <section class="page loans stack--loose" aria-labelledby="item-title">
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {({ item, history }: ItemSheet) => (
          <>
            <div>
              <p>
                <Link href={paths.instruments(item.family)}>{texts.families[item.family]}</Link>
              </p>
              <h2 id="item-title">{item.kind}</h2>
              <p class={`loans-status loans-status--${item.status}`}>{texts.statuses[item.status]}</p>
            </div>
            {editing ? (
              <ItemForm
                format={format}
                item={item}
                family={item.family}
                cancel={() => setEditing(false)}
                submit={async (input) => {
                  const { itemId: _none, ...fields } = input;
                  await api.updateItem(item.itemId, { ...fields, version: item.version });
                  setEditing(false);
                  retry();
                }}
              />
            ) : (
              <>
                <Facts format={format} item={item} />
                {mayEdit && (
                  <button type="button" class="button button--secondary" onClick={() => setEditing(true)}>
                    {texts.edit}
                  </button>
                )}
                {borrowsInstruments(me.profiles) && item.family !== 'equipment' && (
                  <Link href={paths.loanRequest(item.family, item.itemId)} class="button">
                    {texts.askThis}
                  </Link>
                )}
              </>
            )}
            <ItemPhotos api={api} format={format} item={item} mayEdit={mayEdit} changed={retry} />
            {mayEdit && <ItemLoans api={api} format={format} itemId={item.itemId} />}
            <section aria-labelledby="history-title" class="stack">
              <h3 id="history-title">{texts.history}</h3>
              <ol class="loans-history">
                {[...history].reverse().map((line) => (
                  <li key={line.version}>
                    <strong>{texts.changes[line.change]}</strong>
                    {` · ${format.fill(texts.historyLine, { version: line.version, at: format.instant(line.at) })}`}
                    {line.servicing?.notes && <span>{` · ${line.servicing.notes}`}</span>}
                    {line.fields.length > 0 && (
                      <span class="muted">{` · ${format.fill(texts.changedFields, { fields: line.fields.join(', ') })}`}</span>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          </>
        )}
      </Loaded>
    </section>
  );
};

/** The item's loans, for the staff: each opens its form (`/prets/<loanId>`). */
const ItemLoans = ({ api, format, itemId }: { api: Api; format: Format; itemId: string }) => {
  const texts = format.messages.loans;
  const load = useCallback((signal: AbortSignal) => api.itemLoans(itemId, signal), [api, itemId]);
  const { state, retry } = useLoad(load);
  return (
    <section aria-labelledby="item-loans-title" class="stack">
      <h3 id="item-loans-title">{texts.loansOfItem}</h3>
      <Loaded state={state} format={format} retry={retry}>
        {(loans: ItemLoan[]) =>
          loans.length === 0 ? (
            <p class="muted">{texts.noLoans}</p>
          ) : (
            <ul class="loans-history">
              {loans.map((loan) => (
                <li key={loan.loanId}>
                  <Link href={paths.loan(loan.loanId)}>
                    {format.fill(texts.loanLine, {
                      reference: loan.number ?? loan.loanId,
                      start: format.date(loan.startDate),
                      end: format.date(loan.endDate),
                      status: texts.loanStatuses[loan.status],
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
};

const Facts = ({ format, item }: { format: Format; item: Item }) => {
  const texts = format.messages.loans;
  const rows: [string, string | undefined][] = [
    [texts.fields.maker, item.maker],
    [texts.fields.model, item.model],
    [texts.fields.serialNumber, item.serialNumber],
    [texts.fields.year, item.year === undefined ? undefined : String(item.year)],
    [
      texts.fields.value,
      item.valueCents === undefined ? undefined : euros(format.localeTag, item.valueCents),
    ],
    [texts.fields.condition, texts.conditions[item.condition]],
    [texts.fields.location, item.location],
    [texts.fields.accessories, item.accessories.join(', ') || undefined],
    [texts.fields.notes, item.notes],
  ];
  return (
    <dl class="loans-facts">
      {rows
        .filter((row): row is [string, string] => row[1] !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label.replace(/ \(.*\)$/, '')}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
};

/** `/instruments/nouveau`: a new item of a family; its sheet once saved. */
export const NewItemPage = ({ api, format, family }: { api: Api; format: Format; family: string }) => {
  const texts = format.messages.loans;
  return (
    <section class="page loans stack--loose" aria-labelledby="new-item-title">
      <h2 id="new-item-title">{texts.newTitle}</h2>
      <ItemForm
        format={format}
        family={familyOf(family)}
        cancel={() => navigate(paths.instruments(familyOf(family)))}
        submit={async (input) => {
          const item = await api.createItem(input);
          navigate(paths.instrument(item.itemId));
        }}
      />
    </section>
  );
};
