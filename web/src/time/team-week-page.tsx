import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { useNarrowScreen } from '../planning/use-narrow-screen';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { type OpenedShift, PlanShiftForm } from './plan-shift-form';
import type { PersonWeek, TeamWeek, WeekShift } from './time-api';
import { breachText, daysOfWeek, durationText, timesText, wallClockOf } from './time-words';
import { WeekSteps } from './week-steps';

/**
 * `/temps?semaine=…`: the technical team's week for those who plan it: a list of days on a phone, a grid of people
 * and days on a wider screen, the shifts that breach a rule under an accepted exception marked; « Planifier un
 * service », the week's approval and the month's payroll export.
 */
export const TeamWeekPage = ({ api, format, monday }: { api: Api; format: Format; monday: string }) => {
  const words = format.messages.time;
  const load = useCallback((signal: AbortSignal) => api.timeWeek(monday, undefined, signal), [api, monday]);
  const { state, retry } = useLoad(load, { keepValue: true });
  const narrow = useNarrowScreen();
  const [notice, setNotice] = useState<string>();
  const [opened, setOpened] = useState<OpenedShift>();
  const changed = (done: string) => {
    setNotice(done);
    retry();
  };
  const open = (shift: WeekShift, name: string) => {
    setNotice(undefined);
    setOpened({ shift, name });
    // The form is above the week: bring it into view, its first field ready.
    requestAnimationFrame(() => {
      const form = document.getElementById('time-plan');
      form?.scrollIntoView({ block: 'start' });
      form?.querySelector<HTMLElement>('select, input')?.focus();
    });
  };
  const planned = (done?: string) => {
    if (done) {
      setOpened(undefined);
      changed(done);
    } else retry();
  };
  return (
    <section class="page time stack--loose" aria-labelledby="time-title">
      <div>
        <h2 id="time-title">{words.title}</h2>
        <p class="page__intro">{words.intro}</p>
      </div>
      <WeekSteps format={format} monday={monday} pathOf={paths.timeWeek} titleId="time-week-title" />
      <div id="time-plan">
        <PlanShiftForm
          key={opened ? `${opened.shift.shiftId}#${opened.shift.version}` : 'new'}
          api={api}
          format={format}
          monday={monday}
          planned={planned}
          opened={opened}
          closed={() => setOpened(undefined)}
        />
      </div>
      <div role="status">{notice && <p class="notice notice--ok">{notice}</p>}</div>
      <Loaded state={state} format={format} retry={retry}>
        {(week) =>
          week.people.length === 0 ? (
            <p class="muted">{words.noTeam}</p>
          ) : (
            <>
              {narrow ? (
                <DayList format={format} week={week} open={open} />
              ) : (
                <WeekGrid format={format} week={week} open={open} />
              )}
              <Approval api={api} format={format} week={week} changed={changed} />
            </>
          )
        }
      </Loaded>
      <PayrollExport api={api} format={format} monday={monday} />
    </section>
  );
};

const zoneOf = (format: Format) => format.timeZone ?? 'Europe/Paris';

/** The day a shift counts for: the school's day it starts. */
const dayOfShift = (format: Format, shift: WeekShift) =>
  wallClockOf(shift.planned.startsAt, zoneOf(format)).day;

/** A shift as a card: its work and production, its times, planned and worked, and any exception it holds. */
export const ShiftCard = ({
  format,
  shift,
  name,
  open,
}: {
  format: Format;
  shift: WeekShift;
  name?: string;
  /** Opens the shift in the form, to change or remove it. */
  open?: () => void;
}) => {
  const words = format.messages.time;
  const zone = zoneOf(format);
  const breached = shift.accepted.length > 0;
  return (
    <div class={breached ? 'time-shift time-shift--breach' : 'time-shift'}>
      <span class="time-shift__title">
        {name && <strong>{name} · </strong>}
        {words.works[shift.work] ?? shift.work}
        {shift.projectName && ` · ${shift.projectName}`}
      </span>
      <span class="card__detail">
        {format.message(words.plannedTimes, { times: timesText(format, shift.planned, zone) })}
      </span>
      <span class="card__detail">
        {format.message(words.actualTimes, {
          times: shift.actual ? timesText(format, shift.actual, zone) : words.notRecorded,
        })}
      </span>
      {shift.accepted.map((breach) => (
        <span key={breach.ruleId} class="time-shift__breach">
          {breachText(format, breach)}
        </span>
      ))}
      {breached && shift.exception && (
        <span class="time-shift__exception">
          {format.message(words.acceptedBreach, {
            ground: words.grounds[shift.exception.ground] ?? shift.exception.ground,
            reason: shift.exception.reason,
          })}
        </span>
      )}
      {open && (
        <button
          type="button"
          class="button button--small button--secondary time-shift__open"
          aria-label={format.message(words.plan.open, {
            work: words.works[shift.work] ?? shift.work,
            day: format.day(wallClockOf(shift.planned.startsAt, zone).day),
          })}
          onClick={open}
        >
          {words.plan.openShort}
        </button>
      )}
    </div>
  );
};

/** The person's week in figures: planned and worked, and whether it is approved. */
const PersonFigures = ({ format, person }: { format: Format; person: PersonWeek }) => {
  const words = format.messages.time;
  return (
    <span class="time-figures">
      <span>{format.message(words.shiftCount, { count: person.shifts.length })}</span>
      <span>
        {format.message(words.totals, {
          planned: durationText(format, person.plannedMinutes),
          actual: durationText(format, person.actualMinutes),
        })}
      </span>
      <span class={person.approved ? 'time-approved' : 'time-to-approve'}>
        {person.approved
          ? format.message(words.approved, { at: format.instant(person.approved.at) })
          : words.notApproved}
      </span>
    </span>
  );
};

/** On a phone: the week's days one below the other, each with its shifts and their people. */
const DayList = ({
  format,
  week,
  open,
}: {
  format: Format;
  week: TeamWeek;
  open: (shift: WeekShift, name: string) => void;
}) => {
  const words = format.messages.time;
  const names = new Map(week.people.map((person) => [person.personId, person.name]));
  const shifts = week.people.flatMap((person) => person.shifts);
  return (
    <div class="stack">
      <ol class="time-days">
        {daysOfWeek(week.monday).map((day) => {
          const ofDay = shifts
            .filter((shift) => dayOfShift(format, shift) === day)
            .sort((one, other) => one.planned.startsAt.localeCompare(other.planned.startsAt));
          return (
            <li key={day} class="time-day card stack">
              <h4>{format.day(day)}</h4>
              {ofDay.length === 0 ? (
                <p class="muted">{words.noShiftThatDay}</p>
              ) : (
                ofDay.map((shift) => (
                  <ShiftCard
                    key={shift.shiftId}
                    format={format}
                    shift={shift}
                    name={names.get(shift.personId)}
                    open={() => open(shift, names.get(shift.personId) ?? '')}
                  />
                ))
              )}
            </li>
          );
        })}
      </ol>
      <ul class="time-people">
        {week.people.map((person) => (
          <li key={person.personId} class="card">
            <strong>{person.name}</strong> <PersonFigures format={format} person={person} />
          </li>
        ))}
      </ul>
    </div>
  );
};

/** On a wider screen: a grid of the team's people by the week's days, with each one's figures. */
const WeekGrid = ({
  format,
  week,
  open,
}: {
  format: Format;
  week: TeamWeek;
  open: (shift: WeekShift, name: string) => void;
}) => {
  const words = format.messages.time;
  const days = daysOfWeek(week.monday);
  return (
    <div class="time-grid-frame">
      <table class="time-grid">
        <caption class="visually-hidden">
          {format.message(words.week, { day: format.day(week.monday) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.person}</th>
            {days.map((day) => (
              <th key={day} scope="col">
                {format.day(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {week.people.map((person) => (
            <tr key={person.personId}>
              <th scope="row">
                <span class="time-grid__name">{person.name}</span>
                {person.contract && <span class="card__detail">{words.contracts[person.contract.kind]}</span>}
                <PersonFigures format={format} person={person} />
              </th>
              {days.map((day) => (
                <td key={day}>
                  {person.shifts
                    .filter((shift) => dayOfShift(format, shift) === day)
                    .map((shift) => (
                      <ShiftCard
                        key={shift.shiftId}
                        format={format}
                        shift={shift}
                        open={() => open(shift, person.name)}
                      />
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/**
 * « Valider la semaine »: approves every person's week not yet approved that holds shifts, or one person's (« Valider
 * la semaine : Élise Morel »); it is then locked. A
 * week approved too soon is reopened for one person, with a reason kept in the audit trail.
 */
const Approval = ({
  api,
  format,
  week,
  changed,
}: {
  api: Api;
  format: Format;
  week: TeamWeek;
  changed: (done: string) => void;
}) => {
  const words = format.messages.time;
  const id = useId();
  const [error, setError] = useState<string>();
  const [reopening, setReopening] = useState('');
  const [reason, setReason] = useState('');
  const toApprove = week.people.filter((person) => !person.approved && person.shifts.length > 0);
  const approvedPeople = week.people.filter((person) => person.approved);
  const approve = async (people: PersonWeek[]) => {
    setError(undefined);
    try {
      const answer = await api.approveWeek(
        week.monday,
        people.map((person) => person.personId),
      );
      const [one] = people;
      changed(
        people.length === 1 && one
          ? format.message(words.approvedOne, { name: one.name })
          : format.message(words.approvedCount, { count: answer.approved.length }),
      );
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  const reopen = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const person = approvedPeople.find((each) => each.personId === reopening);
    if (!person) return;
    try {
      await api.reopenWeek(week.monday, person.personId, reason.trim());
      setReason('');
      setReopening('');
      changed(format.message(words.reopen.done, { name: person.name }));
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <section class="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.approveTitle}</h3>
      <p class="muted">{words.approveIntro}</p>
      {toApprove.length === 0 ? (
        <p>{words.nothingToApprove}</p>
      ) : (
        <>
          <button type="button" class="button" onClick={() => void approve(toApprove)}>
            {words.approve}
          </button>
          {toApprove.length > 1 && (
            <>
              <p>{words.approveEveryone}</p>
              <ul class="time-plan__actions">
                {toApprove.map((person) => (
                  <li key={person.personId}>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => void approve([person])}
                    >
                      {format.message(words.approveOne, { name: person.name })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {approvedPeople.length > 0 && (
        <form class="form stack" onSubmit={reopen} aria-labelledby={`${id}-reopen`}>
          <h4 id={`${id}-reopen`}>{words.reopen.title}</h4>
          <div class="time-plan__fields">
            <div class="field">
              <label for={`${id}-person`}>{words.person}</label>
              <select
                id={`${id}-person`}
                required
                value={reopening}
                onChange={(event) => setReopening(event.currentTarget.value)}
              >
                <option value="">{words.plan.choosePerson}</option>
                {approvedPeople.map((person) => (
                  <option key={person.personId} value={person.personId}>
                    {person.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${id}-reason`}>{words.reopen.reason}</label>
              <input
                id={`${id}-reason`}
                required
                maxLength={500}
                value={reason}
                onInput={(event) => setReason(event.currentTarget.value)}
              />
            </div>
          </div>
          <button type="submit" class="button button--secondary" disabled={!reopening || !reason.trim()}>
            {words.reopen.submit}
          </button>
        </form>
      )}
      <FormAlert id={`${id}-error`} message={error} />
    </section>
  );
};

/** The month's payroll as a CSV for French Excel, downloaded with the session's token. */
const PayrollExport = ({ api, format, monday }: { api: Api; format: Format; monday: string }) => {
  const words = format.messages.time;
  const id = useId();
  const [month, setMonth] = useState(monday.slice(0, 7));
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const download = async () => {
    setError(undefined);
    setNotice(undefined);
    try {
      const file = await api.payrollCsv(month);
      const name = `paie-${month}.csv`;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setNotice(format.message(words.downloaded, { name }));
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <section class="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.exportTitle}</h3>
      <p class="muted">{words.exportIntro}</p>
      <div class="field">
        <label for={`${id}-month`}>{words.month}</label>
        <input
          id={`${id}-month`}
          type="month"
          value={month}
          onInput={(event) => setMonth(event.currentTarget.value)}
        />
      </div>
      <button
        type="button"
        class="button"
        disabled={!/^\d{4}-\d{2}$/.test(month)}
        onClick={() => void download()}
      >
        {words.download}
      </button>
      <FormAlert id={`${id}-error`} message={error} />
      {notice && (
        <p class="notice notice--ok" role="status">
          {notice}
        </p>
      )}
    </section>
  );
};
