import { useCallback, useId, useState } from 'preact/hooks';
import { placeKinds } from '#domain/places/place';
import {
  clientCategories,
  type Extra,
  extraUnits,
  placeUnits,
  type Rate,
  type RateGrid,
  type VatRate,
  vatRates,
} from '#domain/sales/sales';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded, LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { centsOf, typedOf } from './money';
import { salesPaths } from './sales-routes';

/** The address of the form of a new grid. */
export const newGridId = 'nouvelle';

interface GridsPageProps {
  api: Api;
  format: Format;
  /** The grid being edited, `nouvelle` for a new one, or empty for the list alone. */
  gridId: string;
}

/** `/ventes/grilles`: the grids by season; `/ventes/grilles/<id>` a grid's form, rates and extras as rows. */
export const GridsPage = ({ api, format, gridId }: GridsPageProps) => {
  const texts = format.messages.sales.grids;
  const load = useCallback((signal: AbortSignal) => api.salesGrids(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page sales stack--loose" aria-labelledby="grids-title">
      <h2 id="grids-title">{texts.title}</h2>
      <LoadedList state={state} format={format} retry={retry} none={texts.none}>
        {(grids) => (
          <ul class="sales__list">
            {grids.map((grid) => (
              <li key={grid.gridId} class="sales__item">
                <Link href={salesPaths.salesGrids(grid.gridId)}>{grid.name}</Link>
                <span class="muted">
                  {format.fill(texts.span, {
                    from: format.date(grid.validFrom),
                    to: format.date(grid.validTo),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
      {gridId === '' ? (
        <p>
          <Link href={salesPaths.salesGrids(newGridId)} class="button">
            {texts.add}
          </Link>
        </p>
      ) : gridId === newGridId ? (
        <GridForm api={api} format={format} />
      ) : (
        <ExistingGrid api={api} format={format} gridId={gridId} />
      )}
    </section>
  );
};

const ExistingGrid = ({ api, format, gridId }: { api: Api; format: Format; gridId: string }) => {
  const load = useCallback((signal: AbortSignal) => api.salesGrid(gridId, signal), [api, gridId]);
  const { state, retry } = useLoad(load);
  return (
    <Loaded state={state} format={format} retry={retry} notFound={format.messages.notFound.title}>
      {(grid) => <GridForm api={api} format={format} grid={grid} />}
    </Loaded>
  );
};

type RateRow = Omit<Rate, 'priceCents'> & { price: string };
type ExtraRow = Omit<Extra, 'priceCents'> & { price: string };

const newRate = (): RateRow => ({
  placeKind: 'concert-hall',
  category: 'association',
  unit: 'hour',
  price: '',
  vatRate: 20,
  setupMinutes: 0,
  teardownMinutes: 0,
});

const GridForm = ({ api, format, grid }: { api: Api; format: Format; grid?: RateGrid }) => {
  const texts = format.messages.sales.grids;
  const labels = format.messages.sales;
  const errorId = useId();
  const [name, setName] = useState(grid?.name ?? '');
  const [validFrom, setValidFrom] = useState(grid?.validFrom ?? '');
  const [validTo, setValidTo] = useState(grid?.validTo ?? '');
  const [rates, setRates] = useState<RateRow[]>(
    grid?.rates.map(({ priceCents, ...rate }) => ({ ...rate, price: typedOf(priceCents) })) ?? [newRate()],
  );
  const [extras, setExtras] = useState<ExtraRow[]>(
    grid?.extras.map(({ priceCents, ...extra }) => ({ ...extra, price: typedOf(priceCents) })) ?? [],
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const setRate = (index: number, change: Partial<RateRow>) =>
    setRates((previous) => previous.map((rate, at) => (at === index ? { ...rate, ...change } : rate)));
  const setExtra = (index: number, change: Partial<ExtraRow>) =>
    setExtras((previous) => previous.map((extra, at) => (at === index ? { ...extra, ...change } : extra)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const input = {
      name,
      validFrom,
      validTo,
      rates: rates.map(({ price, ...rate }) => ({ ...rate, priceCents: centsOf(price) ?? -1 })),
      extras: extras.map(({ price, ...extra }) => ({ ...extra, priceCents: centsOf(price) ?? -1 })),
    };
    try {
      const saved = grid
        ? await api.updateSalesGrid(grid.gridId, { ...input, version: grid.version })
        : await api.createSalesGrid(input);
      navigate(salesPaths.salesGrids(saved.gridId));
    } catch (failure) {
      setError(
        failureReason(failure, format, {
          name: texts.name,
          validFrom: texts.validFrom,
          validTo: texts.validTo,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const vatSelect = (id: string, value: VatRate, onValue: (rate: VatRate) => void) => (
    <select
      id={id}
      value={String(value)}
      onChange={(event) => onValue(Number(event.currentTarget.value) as VatRate)}
    >
      {vatRates.map((rate) => (
        <option key={rate} value={String(rate)}>
          {format.number(rate)} %
        </option>
      ))}
    </select>
  );

  return (
    <form class="sales__form stack" onSubmit={submit} aria-labelledby="grid-form-title">
      <h3 id="grid-form-title">{grid?.name ?? texts.add}</h3>
      <div class="field">
        <label for="grid-name">{texts.name}</label>
        <input id="grid-name" value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </div>
      <div class="sales__slot">
        <div class="field">
          <label for="grid-from">{texts.validFrom}</label>
          <input
            id="grid-from"
            type="date"
            value={validFrom}
            onInput={(event) => setValidFrom(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="grid-to">{texts.validTo}</label>
          <input
            id="grid-to"
            type="date"
            value={validTo}
            onInput={(event) => setValidTo(event.currentTarget.value)}
          />
        </div>
      </div>
      <fieldset class="stack">
        <legend>{texts.rates}</legend>
        {rates.map((rate, index) => (
          <div key={index} class="sales__line">
            <div class="field">
              <label for={`rate-${index}-kind`}>{texts.place}</label>
              <select
                id={`rate-${index}-kind`}
                value={rate.placeKind ?? ''}
                onChange={(event) =>
                  setRate(index, { placeKind: event.currentTarget.value as Rate['placeKind'] })
                }
              >
                {placeKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {format.fill(texts.anyOfKind, { kind: format.kind(kind) })}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`rate-${index}-category`}>{texts.category}</label>
              <select
                id={`rate-${index}-category`}
                value={rate.category}
                onChange={(event) =>
                  setRate(index, { category: event.currentTarget.value as Rate['category'] })
                }
              >
                {clientCategories.map((category) => (
                  <option key={category} value={category}>
                    {labels.clients.categories[category]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`rate-${index}-unit`}>{texts.unit}</label>
              <select
                id={`rate-${index}-unit`}
                value={rate.unit}
                onChange={(event) => setRate(index, { unit: event.currentTarget.value as Rate['unit'] })}
              >
                {placeUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {labels.units[unit]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`rate-${index}-price`}>{texts.price}</label>
              <input
                id={`rate-${index}-price`}
                inputMode="decimal"
                value={rate.price}
                onInput={(event) => setRate(index, { price: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`rate-${index}-vat`}>{texts.vat}</label>
              {vatSelect(`rate-${index}-vat`, rate.vatRate, (vatRate) => setRate(index, { vatRate }))}
            </div>
            <div class="field">
              <label for={`rate-${index}-setup`}>{texts.setup}</label>
              <input
                id={`rate-${index}-setup`}
                type="number"
                min="0"
                value={rate.setupMinutes}
                onInput={(event) => setRate(index, { setupMinutes: Number(event.currentTarget.value) })}
              />
            </div>
            <div class="field">
              <label for={`rate-${index}-teardown`}>{texts.teardown}</label>
              <input
                id={`rate-${index}-teardown`}
                type="number"
                min="0"
                value={rate.teardownMinutes}
                onInput={(event) => setRate(index, { teardownMinutes: Number(event.currentTarget.value) })}
              />
            </div>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setRates((previous) => previous.filter((_, at) => at !== index))}
            >
              {texts.remove}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => setRates((previous) => [...previous, newRate()])}
        >
          {texts.addRate}
        </button>
      </fieldset>
      <fieldset class="stack">
        <legend>{texts.extras}</legend>
        {extras.map((extra, index) => (
          <div key={index} class="sales__line">
            <div class="field">
              <label for={`extra-${index}-label`}>{texts.label}</label>
              <input
                id={`extra-${index}-label`}
                value={extra.label}
                onInput={(event) => setExtra(index, { label: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`extra-${index}-unit`}>{texts.unit}</label>
              <select
                id={`extra-${index}-unit`}
                value={extra.unit}
                onChange={(event) => setExtra(index, { unit: event.currentTarget.value as Extra['unit'] })}
              >
                {extraUnits.map((unit) => (
                  <option key={unit} value={unit}>
                    {labels.units[unit]}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`extra-${index}-price`}>{texts.price}</label>
              <input
                id={`extra-${index}-price`}
                inputMode="decimal"
                value={extra.price}
                onInput={(event) => setExtra(index, { price: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`extra-${index}-vat`}>{texts.vat}</label>
              {vatSelect(`extra-${index}-vat`, extra.vatRate, (vatRate) => setExtra(index, { vatRate }))}
            </div>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setExtras((previous) => previous.filter((_, at) => at !== index))}
            >
              {texts.remove}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            setExtras((previous) => [
              ...previous,
              {
                extraId: `extra-${previous.length + 1}-${Date.now().toString(36)}`,
                label: '',
                unit: 'unit',
                price: '',
                vatRate: 20,
              },
            ])
          }
        >
          {texts.addExtra}
        </button>
      </fieldset>
      <FormAlert id={errorId} message={error} />
      <button type="submit" class="button" disabled={busy}>
        {texts.save}
      </button>
    </form>
  );
};
