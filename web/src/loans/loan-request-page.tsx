import { useCallback, useId, useState } from 'preact/hooks';
import { catalogueFamilies, type ItemFamily } from '#domain/loans/item-values';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { navigate } from '../shell/routing/navigation';
import type { FamilyAvailability } from './loans-api';

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const familyOf = (value: string): ItemFamily =>
  (catalogueFamilies as readonly string[]).includes(value) ? (value as ItemFamily) : 'strings';

/** Whether an item has a held day between two dates (of the month read): the server holds the rule, this informs. */
export const heldBetween = (item: FamilyAvailability['items'][number], from: string, to: string) =>
  item.held.some(({ date }) => date >= from && date <= to);

/** The items one may ask for: not out of order, in servicing or retired. */
export const lendable = (item: FamilyAvailability['items'][number]) =>
  item.condition !== 'out-of-order' && item.status !== 'in-servicing' && item.status !== 'retired';

/**
 * `/emprunter?famille=…&instrument=…`: asking to borrow an item (the catalogue's and the item page's link choose
 * it), or any item of a kind, for dates; for oneself, or for one's child. Sent, the request shows in « Mes prêts ».
 */
export const LoanRequestPage = ({
  api,
  format,
  me,
  family: askedFamily,
  itemId,
}: {
  api: Api;
  format: Format;
  me: Me;
  family: string;
  itemId: string;
}) => {
  const texts = format.messages.loans;
  const words = texts.request;
  const id = useId();
  const today = todayInZone(new Date(), 'Europe/Paris');
  const [family, setFamily] = useState(familyOf(askedFamily));
  const [choice, setChoice] = useState(itemId ? `item:${itemId}` : '');
  const [startDate, setStartDate] = useState(plusDays(today, 7));
  const [endDate, setEndDate] = useState(plusDays(today, 97));
  const guardian = me.profiles.includes('guardian');
  const [borrowerId, setBorrowerId] = useState(guardian && me.children[0] ? me.children[0].personId : '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const month = startDate.slice(0, 7);
  const load = useCallback(
    (signal: AbortSignal) => api.loanAvailability(family, month, signal),
    [api, family, month],
  );
  const { state, retry } = useLoad(load, { keepValue: true });

  const send = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const [what, value] = [choice.slice(0, choice.indexOf(':')), choice.slice(choice.indexOf(':') + 1)];
      await api.requestLoan({
        ...(what === 'item' ? { itemId: value } : { wanted: { family, kind: value } }),
        startDate,
        endDate,
        ...(note.trim() && { note: note.trim() }),
        ...(borrowerId && borrowerId !== me.personId && { borrowerId }),
      });
      navigate(paths.myLoans);
    } catch (failure) {
      setError(failureReason(failure, format));
      setBusy(false);
    }
  };

  return (
    <section class="page loans stack--loose" aria-labelledby="loan-request-title">
      <div>
        <h2 id="loan-request-title">{words.title}</h2>
        <p class="page__intro">{words.intro}</p>
      </div>
      <form class="form stack" onSubmit={send} aria-describedby={error ? `${id}-error` : undefined}>
        {guardian && (
          <div class="field">
            <label for={`${id}-for`}>{words.forWhom}</label>
            <select
              id={`${id}-for`}
              value={borrowerId}
              onChange={(event) => setBorrowerId(event.currentTarget.value)}
            >
              {me.children.map((child) => (
                <option key={child.personId} value={child.personId}>
                  {format.fullName(child)}
                </option>
              ))}
              {me.profiles.some((profile) => profile === 'teacher') && (
                <option value={me.personId}>{words.myself}</option>
              )}
            </select>
          </div>
        )}
        <div class="field">
          <label for={`${id}-family`}>{words.family}</label>
          <select
            id={`${id}-family`}
            value={family}
            onChange={(event) => {
              setFamily(familyOf(event.currentTarget.value));
              setChoice('');
            }}
          >
            {catalogueFamilies.map((each) => (
              <option key={each} value={each}>
                {texts.families[each]}
              </option>
            ))}
          </select>
        </div>
        <div class="loans-dates">
          <div class="field">
            <label for={`${id}-start`}>{words.startDate}</label>
            <input
              id={`${id}-start`}
              type="date"
              required
              min={today}
              value={startDate}
              onInput={(event) => setStartDate(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-end`}>{words.endDate}</label>
            <input
              id={`${id}-end`}
              type="date"
              required
              min={startDate}
              value={endDate}
              onInput={(event) => setEndDate(event.currentTarget.value)}
            />
          </div>
        </div>
        <Loaded state={state} format={format} retry={retry}>
          {(availability: FamilyAvailability) => {
            const items = availability.items.filter(lendable);
            const kinds = [...new Set(items.map((item) => item.kind))].sort((a, b) =>
              a.localeCompare(b, 'fr'),
            );
            return items.length === 0 ? (
              <p class="muted">{words.none}</p>
            ) : (
              <div class="field">
                <label for={`${id}-what`}>{words.what}</label>
                <select
                  id={`${id}-what`}
                  required
                  value={choice}
                  onChange={(event) => setChoice(event.currentTarget.value)}
                >
                  <option value="" disabled>
                    —
                  </option>
                  {kinds.map((kind) => (
                    <option key={`kind:${kind}`} value={`kind:${kind}`}>
                      {format.fill(texts.anyOf, { kind })}
                    </option>
                  ))}
                  {items.map((item) => (
                    <option key={item.itemId} value={`item:${item.itemId}`}>
                      {[item.kind, item.maker, item.model].filter(Boolean).join(' · ')}
                      {` — ${heldBetween(item, startDate, endDate) ? words.heldOn : words.freeOn}`}
                    </option>
                  ))}
                </select>
              </div>
            );
          }}
        </Loaded>
        <div class="field">
          <label for={`${id}-note`}>{words.note}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </div>
        <FormAlert id={`${id}-error`} message={error} />
        <button type="submit" class="button" disabled={busy || !choice}>
          {words.send}
        </button>
      </form>
    </section>
  );
};
