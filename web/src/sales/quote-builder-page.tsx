import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import { saleTotals as totalsOf } from '#domain/sales/sale-totals';
import type { SaleLine } from '#domain/sales/sales';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { navigate } from '../shell/routing/navigation';
import { centsOf, typedOf } from './money';
import { QuoteLines } from './quote-lines';
import type { QuoteDraft, QuotePreview } from './sales-api';
import { salesPaths } from './sales-routes';

interface QuoteBuilderPageProps {
  api: Api;
  format: Format;
}

interface SlotRow {
  date: string;
  start: string;
  end: string;
  placeId: string;
}

/** An instant of the school's zone (Europe/Paris) from a day and a wall-clock time, with its offset. */
export const instantIn = (date: string, time: string, timeZone: string) => {
  const guess = new Date(`${date}T${time}:00Z`);
  const local = new Date(guess.toLocaleString('en-US', { timeZone }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  const offsetMinutes = Math.round((local.getTime() - utc.getTime()) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hours}:${minutes}`;
};

/**
 * `/ventes/devis/nouveau`: the quote builder. Choose the client, add slots (a day, a start, an end, then a place
 * among those free then), extras; « Calculer le prix » prices it by the grid; the lines can then be edited (label,
 * quantity, price) before the draft is saved.
 */
export const QuoteBuilderPage = ({ api, format }: QuoteBuilderPageProps) => {
  const texts = format.messages.sales.builder;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [clients, grids] = await Promise.all([api.salesClients({}, signal), api.salesGrids(signal)]);
      return { clients: clients.items, grids };
    },
    [api],
  );
  const { state, retry } = useLoad(load);
  return (
    <section class="page sales stack--loose" aria-labelledby="builder-title">
      <h2 id="builder-title">{texts.title}</h2>
      <Loaded state={state} format={format} retry={retry}>
        {({ clients, grids }) =>
          grids.length === 0 ? (
            <p class="notice">{texts.noGrid}</p>
          ) : (
            <Builder api={api} format={format} clients={clients} grids={grids} />
          )
        }
      </Loaded>
    </section>
  );
};

const Builder = ({
  api,
  format,
  clients,
  grids,
}: QuoteBuilderPageProps & {
  clients: { clientId: string; legalName: string }[];
  grids: { gridId: string; validFrom: string; validTo: string }[];
}) => {
  const texts = format.messages.sales.builder;
  const errorId = useId();
  const timeZone = format.timeZone ?? 'Europe/Paris';
  const [clientId, setClientId] = useState('');
  const [title, setTitle] = useState('');
  const [slots, setSlots] = useState<SlotRow[]>([{ date: '', start: '18:00', end: '22:00', placeId: '' }]);
  const [extras, setExtras] = useState<{ extraId: string; quantity: number }[]>([]);
  const [free, setFree] = useState<Record<number, { id: string; name: string }[]>>({});
  const [preview, setPreview] = useState<QuotePreview>();
  const [lines, setLines] = useState<SaleLine[]>();
  const [gridExtras, setGridExtras] = useState<{ extraId: string; label: string }[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The extras on offer are the grid's of the first slot's day (the grid a quote takes): shown before the price, so
  // that a technician's hours are chosen with the slots, and the quote priced once.
  const firstDay = slots[0]?.date ?? '';
  const gridId = grids.find((grid) => grid.validFrom <= firstDay && firstDay <= grid.validTo)?.gridId;
  useEffect(() => {
    if (!gridId) return;
    const controller = new AbortController();
    api
      .salesGrid(gridId, controller.signal)
      .then((grid) => setGridExtras(grid.extras.map(({ extraId, label }) => ({ extraId, label }))))
      .catch(() => undefined);
    return () => controller.abort();
  }, [api, gridId]);

  const draft = (withLines: boolean): QuoteDraft => ({
    clientId,
    ...(title.trim() && { title: title.trim() }),
    slots: slots.map((slot) => ({
      placeId: slot.placeId,
      startsAt: instantIn(slot.date, slot.start, timeZone),
      endsAt: instantIn(slot.date, slot.end, timeZone),
    })),
    extras,
    ...(withLines && lines && { lines }),
  });

  const setSlot = (index: number, change: Partial<SlotRow>) => {
    // Another day or other hours: the places found free before may not be any more, the place chosen neither.
    const moved = change.placeId === undefined;
    setSlots((previous) =>
      previous.map((slot, at) =>
        at === index ? { ...slot, ...(moved && { placeId: '' }), ...change } : slot,
      ),
    );
    if (moved) setFree(({ [index]: _stale, ...others }) => others);
    setPreview(undefined);
    setLines(undefined);
  };

  const findFree = async (index: number) => {
    const slot = slots[index];
    if (!slot?.date) return;
    try {
      const places = await api.freePlaces({ date: slot.date, start: slot.start, end: slot.end });
      setFree((previous) => ({ ...previous, [index]: places.map(({ id, name }) => ({ id, name })) }));
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };

  const price = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const priced = await api.previewQuote(draft(false));
      setPreview(priced);
      setLines(priced.lines);
      const grid = await api.salesGrid(priced.gridId);
      setGridExtras(grid.extras.map(({ extraId, label }) => ({ extraId, label })));
    } catch (failure) {
      setError(failureReason(failure, format, { clientId: texts.client }));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const quote = await api.createQuote(draft(true));
      navigate(salesPaths.salesQuote(quote.quoteId));
    } catch (failure) {
      setError(failureReason(failure, format, { clientId: texts.client }));
    } finally {
      setBusy(false);
    }
  };

  const editLine = (index: number, change: Partial<SaleLine>) =>
    setLines((previous) => previous?.map((line, at) => (at === index ? { ...line, ...change } : line)));

  return (
    <div class="stack">
      <div class="field">
        <label for="builder-client">{texts.client}</label>
        <select
          id="builder-client"
          value={clientId}
          onChange={(event) => setClientId(event.currentTarget.value)}
        >
          <option value="">{texts.chooseClient}</option>
          {clients.map((client) => (
            <option key={client.clientId} value={client.clientId}>
              {client.legalName}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="builder-title-input">{texts.quoteTitle}</label>
        <input
          id="builder-title-input"
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <fieldset class="stack">
        <legend>{texts.slots}</legend>
        {slots.map((slot, index) => (
          <div key={index} class="sales__slot">
            <div class="field">
              <label for={`slot-${index}-date`}>{texts.date}</label>
              <input
                id={`slot-${index}-date`}
                type="date"
                value={slot.date}
                onInput={(event) => setSlot(index, { date: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`slot-${index}-start`}>{texts.start}</label>
              <input
                id={`slot-${index}-start`}
                type="time"
                value={slot.start}
                onInput={(event) => setSlot(index, { start: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`slot-${index}-end`}>{texts.end}</label>
              <input
                id={`slot-${index}-end`}
                type="time"
                value={slot.end}
                onInput={(event) => setSlot(index, { end: event.currentTarget.value })}
              />
            </div>
            <button type="button" class="button button--secondary" onClick={() => findFree(index)}>
              {texts.freeOnly}
            </button>
            <div class="field">
              <label for={`slot-${index}-place`}>{texts.place}</label>
              <select
                id={`slot-${index}-place`}
                value={slot.placeId}
                onChange={(event) => setSlot(index, { placeId: event.currentTarget.value })}
              >
                <option value="">{texts.choosePlace}</option>
                {(free[index] ?? []).map((place) => (
                  <option key={place.id} value={place.id}>
                    {place.name}
                  </option>
                ))}
              </select>
            </div>
            {slots.length > 1 && (
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setSlots((previous) => previous.filter((_, at) => at !== index))}
              >
                {texts.remove}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            setSlots((previous) => [...previous, { ...(previous.at(-1) as SlotRow), placeId: '' }])
          }
        >
          {texts.addSlot}
        </button>
      </fieldset>
      {gridExtras.length > 0 && (
        <fieldset class="stack">
          <legend>{texts.extras}</legend>
          {gridExtras.map((extra) => {
            const chosen = extras.find((each) => each.extraId === extra.extraId);
            return (
              <div key={extra.extraId} class="field">
                <label for={`extra-${extra.extraId}`}>{extra.label}</label>
                <input
                  id={`extra-${extra.extraId}`}
                  type="number"
                  min="0"
                  step="0.25"
                  inputMode="decimal"
                  value={chosen?.quantity ?? 0}
                  onInput={(event) => {
                    const quantity = Number(event.currentTarget.value);
                    setExtras((previous) => [
                      ...previous.filter((each) => each.extraId !== extra.extraId),
                      ...(quantity > 0 ? [{ extraId: extra.extraId, quantity }] : []),
                    ]);
                    setLines(undefined);
                  }}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      <FormAlert id={errorId} message={error} />
      <button type="button" class="button" disabled={busy} onClick={price}>
        {texts.price}
      </button>
      {preview && lines && (
        <section class="stack" aria-labelledby="builder-lines">
          <h3 id="builder-lines">{texts.lines}</h3>
          {lines.map((line, index) => (
            <div key={line.lineId} class="sales__line">
              <div class="field">
                <label for={`line-${index}-label`}>{format.messages.sales.sheet.designation}</label>
                <input
                  id={`line-${index}-label`}
                  value={line.label}
                  onInput={(event) => editLine(index, { label: event.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for={`line-${index}-quantity`}>{texts.quantity}</label>
                <input
                  id={`line-${index}-quantity`}
                  type="number"
                  step="0.25"
                  inputMode="decimal"
                  value={line.quantity}
                  onInput={(event) => editLine(index, { quantity: Number(event.currentTarget.value) })}
                />
              </div>
              <div class="field">
                <label for={`line-${index}-price`}>{format.messages.sales.sheet.unitPrice}</label>
                <input
                  id={`line-${index}-price`}
                  inputMode="decimal"
                  value={typedOf(line.unitPriceCents)}
                  onChange={(event) => {
                    const cents = centsOf(event.currentTarget.value);
                    if (cents !== undefined) editLine(index, { unitPriceCents: cents });
                  }}
                />
              </div>
            </div>
          ))}
          <QuoteLines lines={lines} totals={totalsOf(lines)} format={format} />
          <button type="button" class="button" disabled={busy || !clientId} onClick={save}>
            {texts.save}
          </button>
        </section>
      )}
    </div>
  );
};
