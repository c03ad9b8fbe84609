import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { EquipmentField } from '../planning/equipment-field';
import { FieldRow, InputField } from '../planning/fields';
import { PlaceFacts } from '../planning/place-facts';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import type { BookingOption, SlotQuery } from './booking-types';
import { limitsText, quotaText } from './booking-words';
import type { Slot } from './default-slot';
import { SlotFields, slotProblem } from './slot-fields';

interface SlotSearchProps {
  api: Api;
  format: Format;
  initial: Slot;
  /** Loads the options again: a booking changes the week's quota and which rooms are free. */
  version: number;
  onBook: (room: { id: string; name: string; kind?: string }, slot: Slot) => void;
}

interface Search extends Slot {
  equipment: string;
  capacity: string;
}

/** The slot form, then the rooms of the student's rights free on it, each booked or asked for in two taps. */
export const SlotSearch = ({ api, format, initial, version, onBook }: SlotSearchProps) => {
  const words = format.messages.booking;
  const errorId = useId();
  const [typed, setTyped] = useState<Search>({ ...initial, equipment: '', capacity: '' });
  const [searched, setSearched] = useState<Search>(typed);
  const [problem, setProblem] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = slotProblem(typed, format);
    setProblem(wrong);
    if (!wrong) setSearched(typed);
  };

  return (
    <>
      <form class="form booking-form" noValidate onSubmit={submit} aria-label={words.form}>
        <SlotFields
          slot={typed}
          onSlot={(slot) => setTyped((now) => ({ ...now, ...slot }))}
          format={format}
          errorId={problem ? errorId : undefined}
        />
        <FieldRow>
          <EquipmentField
            label={words.instrument}
            anyLabel={words.anyInstrument}
            value={typed.equipment}
            onValue={(equipment) => setTyped((now) => ({ ...now, equipment }))}
            format={format}
          />
          <InputField
            label={words.seats}
            type="number"
            min={1}
            value={typed.capacity}
            onValue={(capacity) => setTyped((now) => ({ ...now, capacity }))}
          />
        </FieldRow>
        <FormAlert id={errorId} message={problem} />
        <button type="submit" class="button">
          {words.search}
        </button>
      </form>
      {/* A booking changes the quota and which rooms are free: a new version asks again. */}
      <Options key={version} api={api} format={format} search={searched} onBook={onBook} />
    </>
  );
};

interface OptionsProps {
  api: Api;
  format: Format;
  search: Search;
  onBook: SlotSearchProps['onBook'];
}

const Options = ({ api, format, search, onBook }: OptionsProps) => {
  const words = format.messages.booking;
  const { date, start, end, equipment, capacity } = search;
  const load = useCallback(
    (signal: AbortSignal) => {
      const query: SlotQuery = {
        date,
        start,
        end,
        ...(capacity && { capacity: Number(capacity) }),
        ...(equipment && { equipment }),
      };
      return api.bookingOptions(query, signal);
    },
    [api, date, start, end, capacity, equipment],
  );
  const { state } = useLoad(load, { keepValue: true });
  const [chosen, setChosen] = useState<BookingOption>();
  const slot = { date, start, end };

  if (state.status === 'failed') {
    return (
      <p class="notice notice--error" role="alert">
        {format.fill(words.failed, { reason: failureReason(state.error, format) })}
      </p>
    );
  }
  const options = state.value;
  if (options && !options.rights) return <p class="notice">{words.noRights}</p>;
  return (
    <section class="booking-results" aria-labelledby="booking-results-title">
      <div class="page__heading">
        <h3 id="booking-results-title">{words.results}</h3>
        <p class="page__count" role="status">
          {state.status === 'loading' && words.searching}
          {state.status === 'loaded' && format.count(words.roomCount, state.value.items.length)}
        </p>
      </div>
      {options && <p class="booking-quota">{quotaText(options.week, format)}</p>}
      {state.status === 'loaded' && state.value.items.length === 0 && <p class="notice">{words.none}</p>}
      {options && options.items.length > 0 && (
        <OptionList
          options={options.items}
          busy={state.status === 'loading'}
          format={format}
          onChoose={setChosen}
        />
      )}
      <ConfirmDialog
        open={chosen !== undefined}
        title={format.fill(chosen?.outcome === 'request' ? words.confirmAsk : words.confirmBook, {
          name: chosen?.name ?? '',
        })}
        text={
          chosen
            ? format.fill(chosen.outcome === 'request' ? words.askText : words.slotText, {
                name: chosen.name,
                day: format.day(date),
                span: format.timeSpan(start, end),
                limits: limitsText(chosen.limits, format),
              })
            : ''
        }
        confirmLabel={words.confirm}
        cancelLabel={words.back}
        onConfirm={() => {
          if (chosen) onBook(chosen, slot);
          setChosen(undefined);
        }}
        onCancel={() => setChosen(undefined)}
      />
    </section>
  );
};

/** A school has many rooms: a few at a time, the smallest first, so that one's own bookings stay near. */
const pageSize = 12;

interface OptionListProps {
  options: BookingOption[];
  busy: boolean;
  format: Format;
  onChoose: (option: BookingOption) => void;
}

const OptionList = ({ options, busy, format, onChoose }: OptionListProps) => {
  const words = format.messages.booking;
  const [shown, setShown] = useState(pageSize);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | undefined>(undefined);
  // The button that showed more may go: the focus moves to the first room it revealed.
  useEffect(() => {
    if (firstNew.current === undefined) return;
    list.current?.querySelectorAll('button')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [shown]);
  const more = Math.min(pageSize, options.length - shown);
  return (
    <>
      <ul class="booking-cards" aria-busy={busy} ref={list}>
        {options.slice(0, shown).map((option) => (
          <OptionCard key={option.id} option={option} format={format} onChoose={() => onChoose(option)} />
        ))}
      </ul>
      {more > 0 && (
        <button
          type="button"
          class="button button--secondary booking-more"
          onClick={() => {
            firstNew.current = shown;
            setShown(shown + pageSize);
          }}
        >
          {format.count(words.more, more)}
        </button>
      )}
    </>
  );
};

interface OptionCardProps {
  option: BookingOption;
  format: Format;
  onChoose: () => void;
}

const OptionCard = ({ option, format, onChoose }: OptionCardProps) => {
  const words = format.messages.booking;
  const asks = option.outcome === 'request';
  return (
    <li class="framed booking-card">
      <h4 class="booking-card__title">{option.name}</h4>
      <PlaceFacts place={option} format={format} />
      {asks && (
        <p class="booking-card__limits">
          {format.fill(words.onRequest, { limits: limitsText(option.limits, format) })}
        </p>
      )}
      <button type="button" class={asks ? 'button button--secondary' : 'button'} onClick={onChoose}>
        {asks ? words.ask : words.book}
        <span class="visually-hidden"> {option.name}</span>
      </button>
    </li>
  );
};
