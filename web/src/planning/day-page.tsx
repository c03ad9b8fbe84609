import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { writesPlanning } from '../people/abilities';
import type { Me } from '../people/person';
import { mergeSites } from '../places/known-sites';
import { PlaceFilters } from '../places/place-filters';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { navigate } from '../shell/routing/navigation';
import { ActivityDialogs } from './activity-dialogs';
import type { SavedActivity } from './activity-form';
import { closedReason } from './closed-reason';
import { ConflictSummary } from './conflict-summary';
import { DateStepper } from './date-stepper';
import { DayGrid } from './day-grid';
import { KindLegend } from './kind-legend';
import { PlacesDayList } from './places-day-list';
import type { DayView } from './planning-in-url';
import { PlanningNav } from './planning-nav';
import type { AgendaItem } from './planning-types';

interface DayPageProps {
  api: Api;
  format: Format;
  me: Me;
  view: DayView;
}

/**
 * `/planning?date=…&kind=…&site=…`: every place of the school over a day, filtered by kind and site, as a grid
 * or (`vue=liste`) as a list of the places in use, whose activities read whole however short they are.
 */
export const DayPage = ({ api, format, me, view }: DayPageProps) => {
  const texts = format.messages.planning;
  const date = view.date || format.today();
  const { kind, site } = view;
  const load = useCallback(
    (signal: AbortSignal) => api.placesDay({ date, kind, site }, signal),
    [api, date, kind, site],
  );
  const { state, retry: reload } = useLoad(load, { keepValue: true });
  const canWrite = writesPlanning(me.profiles);
  const [seriesDate, setSeriesDate] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [sites, setSites] = useState<readonly string[]>(() => (site ? [site] : []));
  const loaded = 'value' in state ? state.value : undefined;
  const day =
    loaded && view.busyOnly
      ? { ...loaded, places: loaded.places.filter(({ items }) => items.length > 0) }
      : loaded;
  const busyId = useId();
  const listId = useId();

  useEffect(() => {
    if (state.status === 'loaded') {
      setSites((known) =>
        mergeSites(
          known,
          state.value.places.map(({ place }) => place),
          format.localeTag,
        ),
      );
    }
  }, [state, format.localeTag]);

  const go = (next: Partial<DayView>) => navigate(paths.planningDay({ ...view, ...next }), { replace: true });
  const open = (item: AgendaItem) => {
    setSeriesDate(item.seriesDate);
    go({ activityId: item.activityId });
  };
  const close = () => go({ activityId: undefined });
  const afterSave = ({ title, occurrences, date: first }: SavedActivity) => {
    setCreating(false);
    setSaved(
      format.fill(texts.form.saved, { title, count: format.count(texts.activity.occurrences, occurrences) }),
    );
    if (first !== date) go({ date: first });
    else reload();
  };

  return (
    <section class="page planning" aria-labelledby="day-title">
      <PlanningNav me={me} current="day" format={format} />
      <div class="page__heading">
        <div>
          <p class="page__kicker">{texts.dayTitle}</p>
          <h2 id="day-title">{format.day(date)}</h2>
        </div>
        <p class="page__count" role="status">
          {state.status === 'loading'
            ? format.messages.loadingPage
            : day && format.placeCount(day.places.length)}
        </p>
      </div>
      <div class="planning__tools">
        <DateStepper date={date} step="day" format={format} onChange={(next) => go({ date: next })} />
        {canWrite && (
          <button type="button" class="button" onClick={() => setCreating(true)}>
            {texts.newActivity}
          </button>
        )}
      </div>
      <PlaceFilters
        filters={{ ...(kind && { kind }), ...(site && { site }) }}
        sites={sites}
        format={format}
        onChange={(filters) => go({ kind: filters.kind, site: filters.site })}
      />
      <p class="choice__option planning__busy">
        <input
          id={busyId}
          type="checkbox"
          checked={Boolean(view.busyOnly)}
          onChange={(event) => go({ busyOnly: event.currentTarget.checked })}
        />
        <label for={busyId}>{texts.busyOnly}</label>
      </p>
      <p class="choice__option planning__busy">
        <input
          id={listId}
          type="checkbox"
          checked={Boolean(view.list)}
          onChange={(event) => go({ list: event.currentTarget.checked })}
        />
        <label for={listId}>{texts.views.asList}</label>
      </p>
      <p class="form__status" role="status">
        {saved}
      </p>
      {state.status === 'failed' && <LoadFailure error={state.error} format={format} retry={reload} />}
      {!day && state.status === 'loading' && <Loading format={format} />}
      {day && state.status !== 'failed' && (
        <div class="planning__grid" aria-busy={state.status === 'loading'}>
          {!day.open && (
            <p class="notice notice--closed">
              {format.fill(texts.closedDay, { reason: closedReason(day, format.messages) })}
            </p>
          )}
          <KindLegend format={format} />
          <ConflictSummary items={day.places.flatMap(({ items }) => items)} format={format} />
          {day.places.length === 0 ? (
            <p class="notice">{format.messages.noMatchingPlaces}</p>
          ) : view.list ? (
            <PlacesDayList day={day} date={date} format={format} onOpen={open} />
          ) : (
            <DayGrid day={day} date={date} format={format} onOpen={open} />
          )}
        </div>
      )}
      <ActivityDialogs
        api={api}
        format={format}
        canWrite={canWrite}
        opened={view.activityId ? { activityId: view.activityId, seriesDate } : undefined}
        onClose={close}
        onChanged={reload}
        draft={creating ? { date, start: '14:00', end: '15:00', placeIds: [], classIds: [] } : undefined}
        onCloseNew={() => setCreating(false)}
        onSaved={afterSave}
      />
    </section>
  );
};
