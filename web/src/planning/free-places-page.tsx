import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import { isCalendarDate } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { EquipmentField } from './equipment-field';
import { FieldRow, InputField, SlotFields } from './fields';
import { PlaceFacts } from './place-facts';
import type { FreePlaceSearch } from './planning-in-url';
import { PlanningNav } from './planning-nav';
import type { PlaceSummary } from './planning-types';
import { timeSpanProblem } from './time-span-check';

interface FreePlacesPageProps {
  api: Api;
  format: Format;
  me: Me;
  search: FreePlaceSearch;
}

/** `/planning/salles-libres`: the places free on a time span, for a number of people, with some equipment. */
export const FreePlacesPage = ({ api, format, me, search }: FreePlacesPageProps) => {
  const { planning } = format.messages;
  const texts = planning.freePlaces;
  const errorId = useId();
  const [typed, setTyped] = useState<FreePlaceSearch>(() => ({
    ...search,
    date: search.date || format.today(),
  }));
  const [problem, setProblem] = useState<string>();
  const change = (field: keyof FreePlaceSearch) => (value: string) =>
    setTyped((now) => ({ ...now, [field]: value }));

  const submit = (event: Event) => {
    event.preventDefault();
    const wrong = !isCalendarDate(typed.date)
      ? texts.incomplete
      : timeSpanProblem(typed.start, typed.end, format);
    setProblem(wrong);
    if (!wrong) navigate(paths.freePlaces(typed), { replace: true });
  };

  return (
    <section class="page planning" aria-labelledby="free-places-title">
      <PlanningNav me={me} current="free-places" format={format} />
      <h2 id="free-places-title">{texts.title}</h2>
      <p class="page__intro">{texts.intro}</p>
      <form
        class="form planning-form planning-form--search"
        noValidate
        onSubmit={submit}
        aria-label={texts.form}
      >
        <SlotFields
          slot={typed}
          onSlot={(slot) => setTyped((now) => ({ ...now, ...slot }))}
          labels={{ date: planning.date, start: planning.form.start, end: planning.form.end }}
        />
        <FieldRow>
          <InputField
            label={texts.capacity}
            type="number"
            min={1}
            value={typed.capacity}
            onValue={change('capacity')}
          />
          <EquipmentField
            label={texts.equipment}
            anyLabel={texts.anyEquipment}
            value={typed.equipment}
            onValue={change('equipment')}
            format={format}
          />
        </FieldRow>
        <FormAlert id={errorId} message={problem} />
        <button type="submit" class="button">
          {texts.submit}
        </button>
      </form>
      {search.date && search.start && search.end && <FreePlaces api={api} format={format} search={search} />}
    </section>
  );
};

const FreePlaces = ({ api, format, search }: { api: Api; format: Format; search: FreePlaceSearch }) => {
  const texts = format.messages.planning.freePlaces;
  const { date, start, end, capacity, equipment } = search;
  const load = useCallback(
    (signal: AbortSignal) =>
      api.freePlaces(
        {
          date,
          start,
          end,
          ...(capacity && { capacity: Number(capacity) }),
          ...(equipment && { equipment }),
        },
        signal,
      ),
    [api, date, start, end, capacity, equipment],
  );
  const { state } = useLoad(load, { keepValue: true });
  return (
    <section class="result" aria-labelledby="free-places-results">
      <div class="page__heading">
        <h3 id="free-places-results">{texts.results}</h3>
        <p class="page__count" role="status">
          {state.status === 'loading' && texts.searching}
          {state.status === 'loaded' && format.count(texts.count, state.value.length)}
        </p>
      </div>
      {state.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {format.fill(texts.failed, { reason: failureReason(state.error, format) })}
        </p>
      )}
      {state.status === 'loaded' && state.value.length === 0 && <p class="notice">{texts.none}</p>}
      {'value' in state && state.value && state.value.length > 0 && (
        <ul class="cards" aria-label={texts.results} aria-busy={state.status === 'loading'}>
          {state.value.map((place) => (
            <FreePlace key={place.id} place={place} date={date} format={format} />
          ))}
        </ul>
      )}
    </section>
  );
};

const FreePlace = ({ place, date, format }: { place: PlaceSummary; date: string; format: Format }) => (
  <li class="card">
    <Link href={paths.planningWeek('place', place.id, { date })} class="card__title">
      {place.name}
    </Link>
    <PlaceFacts place={place} format={format} />
  </li>
);
