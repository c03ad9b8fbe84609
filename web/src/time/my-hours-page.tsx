import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import { plusDays } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { ShiftTimeFields } from './shift-time-fields';
import { ShiftCard } from './team-week-page';
import type { PersonTotals, PersonWeek, WeekShift } from './time-api';
import { durationText, shiftTimesOf, wallClockOf } from './time-words';
import { WeekSteps } from './week-steps';

interface MyHoursProps {
  api: Api;
  format: Format;
  me: Me;
  monday: string;
}

/**
 * `/mes-heures?semaine=…`: one's own shifts of a week, day by day, planned and worked side by side, the hours
 * actually worked entered against each shift until the week is approved, and the week's totals. A staff member
 * without a time contract (as `/api/me` says) is told so plainly, and nothing is asked of the API.
 */
export const MyHoursPage = (props: MyHoursProps) =>
  props.me.hasTimeContract ? <ContractHours {...props} /> : <NoContract format={props.format} />;

const NoContract = ({ format }: { format: Format }) => {
  const words = format.messages.time;
  return (
    <section class="page time stack--loose" aria-labelledby="my-hours-title">
      <div>
        <h2 id="my-hours-title">{words.mineTitle}</h2>
        <p class="notice">{words.noContract}</p>
      </div>
    </section>
  );
};

const ContractHours = ({ api, format, me, monday }: MyHoursProps) => {
  const words = format.messages.time;
  const load = useCallback(
    (signal: AbortSignal) => api.timeWeek(monday, me.personId, signal),
    [api, monday, me.personId],
  );
  const { state, retry } = useLoad(load, { keepValue: true });
  const [saved, setSaved] = useState(false);
  const recorded = () => {
    setSaved(true);
    retry();
  };
  return (
    <section class="page time stack--loose" aria-labelledby="my-hours-title">
      <div>
        <h2 id="my-hours-title">{words.mineTitle}</h2>
        <p class="page__intro">{words.mineIntro}</p>
      </div>
      <WeekSteps format={format} monday={monday} pathOf={paths.myHours} titleId="my-hours-week-title" />
      <div role="status">{saved && <p class="notice notice--ok">{words.record.saved}</p>}</div>
      <Loaded state={state} format={format} retry={retry} notFound={words.noContract}>
        {(week) => {
          const mine = week.people.find((person) => person.personId === me.personId);
          return mine ? (
            <OwnWeek api={api} format={format} week={mine} monday={monday} recorded={recorded} />
          ) : (
            <p class="muted">{words.noContract}</p>
          );
        }}
      </Loaded>
    </section>
  );
};

const OwnWeek = ({
  api,
  format,
  week,
  monday,
  recorded,
}: {
  api: Api;
  format: Format;
  week: PersonWeek;
  monday: string;
  recorded: () => void;
}) => {
  const words = format.messages.time;
  const zone = format.timeZone ?? 'Europe/Paris';
  const days = [...new Set(week.shifts.map((shift) => wallClockOf(shift.planned.startsAt, zone).day))].sort();
  return (
    <div class="stack--loose">
      <section class="card stack" aria-labelledby="my-hours-totals">
        <h3 id="my-hours-totals">{words.myTotals}</h3>
        <p>
          <strong>{words.totalWeek}</strong>{' '}
          <span>
            {format.message(words.totals, {
              planned: durationText(format, week.plannedMinutes),
              actual: durationText(format, week.actualMinutes),
            })}
          </span>
        </p>
        <p class={week.approved ? 'time-approved' : 'time-to-approve'}>
          {week.approved
            ? format.message(words.approved, { at: format.instant(week.approved.at) })
            : words.notApproved}
        </p>
        <MonthTotals api={api} format={format} personId={week.personId} monday={monday} />
      </section>
      {week.shifts.length === 0 ? (
        <p class="muted">{words.noShifts}</p>
      ) : (
        <ol class="time-days">
          {days.map((day) => (
            <li key={day} class="time-day card stack">
              <h3>{format.day(day)}</h3>
              {week.shifts
                .filter((shift) => wallClockOf(shift.planned.startsAt, zone).day === day)
                .sort((one, other) => one.planned.startsAt.localeCompare(other.planned.startsAt))
                .map((shift) => (
                  <div key={shift.shiftId} class="stack">
                    <ShiftCard format={format} shift={shift} />
                    {week.approved ? (
                      <p class="muted">{words.record.locked}</p>
                    ) : Date.parse(shift.planned.startsAt) > Date.now() ? (
                      // Hours are entered once worked: the API refuses a start in the future.
                      <p class="muted">{words.record.later}</p>
                    ) : (
                      <ActualHoursForm api={api} format={format} shift={shift} recorded={recorded} />
                    )}
                  </div>
                ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};

/** The hours actually worked on a shift: arrival, departure and break, the planned ones to start from. */
const ActualHoursForm = ({
  api,
  format,
  shift,
  recorded,
}: {
  api: Api;
  format: Format;
  shift: WeekShift;
  recorded: () => void;
}) => {
  const words = format.messages.time.record;
  const id = useId();
  const zone = format.timeZone ?? 'Europe/Paris';
  const from = shift.actual ?? shift.planned;
  const day = wallClockOf(shift.planned.startsAt, zone).day;
  const [start, setStart] = useState(wallClockOf(from.startsAt, zone).time);
  const [end, setEnd] = useState(wallClockOf(from.endsAt, zone).time);
  const [breakMinutes, setBreakMinutes] = useState(String(from.breakMinutes));
  const [error, setError] = useState<string>();
  const save = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api.recordActualHours(shift.shiftId, {
        ...shiftTimesOf(day, start, end, Number(breakMinutes) || 0, zone),
        version: shift.version,
      });
      recorded();
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <form class="form time-record" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{words.title}</h4>
      <div class="time-record__fields">
        <ShiftTimeFields
          id={id}
          words={words}
          start={start}
          end={end}
          breakMinutes={breakMinutes}
          setStart={setStart}
          setEnd={setEnd}
          setBreakMinutes={setBreakMinutes}
        />
      </div>
      <button type="submit" class="button">
        {words.submit}
      </button>
      <FormAlert id={`${id}-error`} message={error} />
    </form>
  );
};

/** The first and last days of the month a day is in. */
const monthOf = (day: string) => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${day.slice(0, 7)}-01`, to: `${day.slice(0, 7)}-${String(last).padStart(2, '0')}` };
};

const kindNames = ['night', 'sunday', 'publicHoliday'] as const;

/** The month's totals of the week's month (its Thursday's), the night, Sunday and public-holiday hours apart, and the 12 weeks' average. */
const MonthTotals = ({
  api,
  format,
  personId,
  monday,
}: {
  api: Api;
  format: Format;
  personId: string;
  monday: string;
}) => {
  const words = format.messages.time;
  // A week belongs to the month of its Thursday, as ISO weeks belong to the year of theirs.
  const span = monthOf(plusDays(monday, 3));
  const load = useCallback(
    (signal: AbortSignal) => api.timeTotals({ personId, ...span }, signal),
    [api, personId, span.from, span.to],
  );
  const { state, retry } = useLoad(load);
  const monthName = new Intl.DateTimeFormat(format.localeTag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${span.from}T12:00:00Z`));
  return (
    <Loaded state={state} format={format} retry={retry}>
      {({ people }) => {
        const totals: PersonTotals | undefined = people.find((each) => each.personId === personId);
        if (!totals) return null;
        const { period, rolling12Weeks } = totals;
        return (
          <div class="stack time-totals">
            <p>
              <strong>{format.message(words.totalMonth, { month: monthName })}</strong>{' '}
              <span>
                {format.message(words.totals, {
                  planned: durationText(format, period.planned.worked),
                  actual: durationText(format, period.actual.worked),
                })}
              </span>
            </p>
            {kindNames
              .filter((kind) => period.planned[kind] > 0 || period.actual[kind] > 0)
              .map((kind) => (
                <p key={kind} class="card__detail">
                  {format.message(words.kindLine, {
                    kind: words.kinds[kind],
                    planned: durationText(format, period.planned[kind]),
                    actual: durationText(format, period.actual[kind]),
                  })}
                </p>
              ))}
            <p class="card__detail">
              {format.message(words.totalRolling, {
                planned: durationText(format, rolling12Weeks.averagePlannedMinutes),
                actual: durationText(format, rolling12Weeks.averageActualMinutes),
              })}
            </p>
          </div>
        );
      }}
    </Loaded>
  );
};
