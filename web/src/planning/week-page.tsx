import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { publishesSharing, writesPlanning } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { isOwnPlanning, ShareFeedButton } from '../sharing/share-feed-button';
import type { Format } from '../shell/i18n/format';
import { Loading } from '../shell/loading/load-failure';
import { LoadFailed } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { ActivityDialogs, type OpenedActivity } from './activity-dialogs';
import type { ActivityDraft, SavedActivity } from './activity-form';
import { agendaSpanOf } from './agenda-span';
import { ConflictSummary } from './conflict-summary';
import { DateStepper } from './date-stepper';
import { DayList } from './day-list';
import { KindLegend } from './kind-legend';
import { MonthGrid } from './month-grid';
import type { WeekView } from './planning-in-url';
import { PlanningNav } from './planning-nav';
import type { AgendaItem, ResourceKind } from './planning-types';
import { TimetablePdfButton } from './timetable-pdf-button';
import { useNarrowScreen } from './use-narrow-screen';
import { usePlacesById } from './use-places-by-id';
import { WeekGrid } from './week-grid';

interface WeekPageProps {
  api: Api;
  format: Format;
  me: Me;
  kind: ResourceKind;
  id: string;
  view: WeekView;
}

/** What the activity panel was opened on: an occurrence, and where a block was dropped to move it. */
type Opened = Omit<OpenedActivity, 'activityId'>;

/**
 * `/planning/semaine/{kind}/{id}?date=…`: the week of a place, a person, a class or a project, Monday to
 * Saturday (and Sunday when something takes place then). Planners add activities and move them from here; one's
 * own week (or one's child's) goes into one's calendar, and planners share any week as a calendar feed. On a
 * phone the week is a list of days, today's first seen. `vue=mois` shows the month around the date instead (a
 * calendar; on a phone, the list of its days with activities). The week prints on its own, and as a PDF.
 */
export const WeekPage = ({ api, format, me, kind, id, view }: WeekPageProps) => {
  const texts = format.messages.planning;
  const today = format.today();
  const { date, monday, sunday, month, from, to } = agendaSpanOf(view, today);
  const load = useCallback(
    (signal: AbortSignal) => api.agenda(kind, id, { from, to }, signal),
    [api, kind, id, from, to],
  );
  const narrow = useNarrowScreen();
  const { state, retry: reload } = useLoad(load, { keepValue: true });
  const places = usePlacesById(api);
  const canWrite = writesPlanning(me.profiles);
  const own = isOwnPlanning(me, { kind, id });
  const canShare = own || publishesSharing(me.profiles);
  const [opened, setOpened] = useState<Opened>({});
  const [creating, setCreating] = useState(false);
  const [saved, setSaved] = useState<string>();

  const go = (next: Partial<WeekView>) =>
    navigate(paths.planningWeek(kind, id, { ...view, ...next }), { replace: true });
  const open = (item: AgendaItem) => {
    setOpened({ seriesDate: item.seriesDate });
    go({ activityId: item.activityId });
  };
  const close = () => {
    setOpened({});
    go({ activityId: undefined });
  };
  const afterSave = ({ title, occurrences, date: first }: SavedActivity) => {
    setCreating(false);
    setSaved(
      format.fill(texts.form.saved, { title, count: format.count(texts.activity.occurrences, occurrences) }),
    );
    if (first < from || first > to) go({ date: first });
    else reload();
  };
  const draft: ActivityDraft = {
    date,
    start: '14:00',
    end: '15:00',
    placeIds: kind === 'place' ? [id] : [],
    classIds: kind === 'class' ? [id] : [],
    ...(kind === 'project' && { projectId: id }),
  };

  const agenda = 'value' in state ? state.value : undefined;
  const days = month
    ? (agenda?.days ?? [])
    : (agenda?.days.filter((day) => day.date !== sunday || day.open || day.items.length > 0) ?? []);
  const shownDays = month ? days.filter((day) => day.date.startsWith(month.month)) : days;
  const count = shownDays.reduce((total, day) => total + day.items.length, 0);
  const views = texts.views;

  return (
    <section class="page planning" aria-labelledby="week-title">
      <PlanningNav
        me={me}
        current={kind === 'person' && id === me.personId ? 'mine' : 'other'}
        format={format}
      />
      <div class="page__heading">
        <div>
          <p class="page__kicker">{month ? views.monthOf[kind] : texts.weekOf[kind]}</p>
          <h2 id="week-title">{agenda?.resource.label ?? texts.weekTitle}</h2>
        </div>
        <p class="page__count" role="status">
          {state.status === 'loading'
            ? format.messages.loadingPage
            : agenda && format.count(texts.itemCount, count)}
        </p>
      </div>
      <p class="planning__span">
        {month
          ? monthName(month.first, format.localeTag)
          : format.fill(texts.weekSpan, { from: format.day(monday), to: format.day(sunday) })}
      </p>
      <nav class="planning__views" aria-label={views.show}>
        {[false, true].map((monthly) => (
          <Link
            key={String(monthly)}
            class="planning__view"
            href={paths.planningWeek(kind, id, { date: view.date, month: monthly })}
            current={Boolean(view.month) === monthly}
          >
            {monthly ? views.month : views.week}
          </Link>
        ))}
      </nav>
      <div class="planning__tools">
        <DateStepper
          date={date}
          step={month ? 'month' : 'week'}
          format={format}
          onChange={(next) => go({ date: next })}
        />
        <div class="planning__actions">
          {!month && (
            <TimetablePdfButton
              api={api}
              format={format}
              kind={kind}
              id={id}
              monday={monday}
              label={agenda?.resource.label}
            />
          )}
          {canShare && <ShareFeedButton api={api} format={format} selection={{ kind, id }} own={own} />}
          {canWrite && (
            <button type="button" class="button" onClick={() => setCreating(true)}>
              {texts.newActivity}
            </button>
          )}
        </div>
      </div>
      <p class="form__status" role="status">
        {saved}
      </p>
      {state.status === 'failed' && (
        <LoadFailed error={state.error} notFound={texts.notFound} format={format} retry={reload} />
      )}
      {!agenda && state.status === 'loading' && <Loading format={format} />}
      {agenda && state.status !== 'failed' && (
        <div class="planning__grid" aria-busy={state.status === 'loading'}>
          <KindLegend format={format} />
          {canWrite && !month && !narrow && <p class="muted planning__hint">{texts.dragHint}</p>}
          {count === 0 && <p class="notice">{month ? views.emptyMonth : texts.emptyWeek}</p>}
          <ConflictSummary items={shownDays.flatMap((day) => day.items)} format={format} />
          {narrow ? (
            <DayList
              days={month ? shownDays.filter((day) => day.items.length > 0) : days}
              today={today}
              places={kind === 'place' ? undefined : places}
              format={format}
              onOpen={open}
            />
          ) : month ? (
            <MonthGrid
              kind={kind}
              id={id}
              days={days}
              month={month.month}
              today={today}
              format={format}
              onOpen={open}
            />
          ) : (
            <WeekGrid
              days={days}
              today={today}
              places={kind === 'place' ? undefined : places}
              format={format}
              onOpen={open}
              onDrop={
                canWrite
                  ? ({ activityId, seriesDate, date: on, start }) => {
                      setOpened({ seriesDate, proposedMove: { date: on, start } });
                      go({ activityId });
                    }
                  : undefined
              }
            />
          )}
        </div>
      )}
      <ActivityDialogs
        api={api}
        format={format}
        canWrite={canWrite}
        opened={view.activityId ? { activityId: view.activityId, ...opened } : undefined}
        onClose={close}
        onChanged={reload}
        draft={creating ? draft : undefined}
        onCloseNew={() => setCreating(false)}
        onSaved={afterSave}
      />
    </section>
  );
};

/** « novembre 2026 »: the month of a date, as a heading writes it. */
const monthName = (date: string, localeTag: string) =>
  new Intl.DateTimeFormat(localeTag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
