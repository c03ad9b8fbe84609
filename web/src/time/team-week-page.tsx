import type { ComponentChildren } from 'preact';
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
import type { PersonWeek, ProjectTotals, TeamWeek, WeekShift } from './time-api';
import { breachText, costLineOf, daysOfWeek, durationText, timesText, wallClockOf } from './time-words';
import { WeekSteps } from './week-steps';

/**
 * `/temps?semaine=…`: the technical team's week for those who plan it: a list of days on a phone, a grid of people
 * and days on a wider screen, the shifts that breach a rule under an accepted exception marked; « Planifier un
 * service » (a shift opens there to be changed or removed), the week's approval, a production's cost and the
 * month's payroll and intermittents' exports.
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
              <ProductionCost api={api} format={format} week={week} />
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

/** What the week's two views show: the week, and how a shift opens in the form (with its person's name). */
interface WeekViewProps {
  format: Format;
  week: TeamWeek;
  open: (shift: WeekShift, name: string) => void;
}

/** On a phone: the week's days one below the other, each with its shifts and their people. */
const DayList = ({ format, week, open }: WeekViewProps) => {
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
const WeekGrid = ({ format, week, open }: WeekViewProps) => {
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

/** A tool under the week: a card with its title and what it does, labelled by its title. */
const ToolCard = ({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ComponentChildren;
}) => (
  <section class="card stack" aria-labelledby={`${id}-title`}>
    <h3 id={`${id}-title`}>{title}</h3>
    <p class="muted">{intro}</p>
    {children}
  </section>
);

/**
 * An action of a tool that may be refused: its error cleared when it starts, and worded in the reader's language
 * when it fails (`failed` undoes what the tool showed of it).
 */
const useRefusal = (format: Format) => {
  const [error, setError] = useState<string>();
  const attempt = async (run: () => Promise<void>, failed?: () => void) => {
    setError(undefined);
    try {
      await run();
    } catch (failure) {
      failed?.();
      setError(failureReason(failure, format));
    }
  };
  return { error, attempt };
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
  const { error, attempt } = useRefusal(format);
  const [reopening, setReopening] = useState('');
  const [reason, setReason] = useState('');
  const toApprove = week.people.filter((person) => !person.approved && person.shifts.length > 0);
  const approvedPeople = week.people.filter((person) => person.approved);
  /** Everyone's weeks (the count said), or one person's (`named`: their name said). */
  const approve = (people: PersonWeek[], named?: PersonWeek) =>
    attempt(async () => {
      const answer = await api.approveWeek(
        week.monday,
        people.map((person) => person.personId),
      );
      changed(
        named
          ? format.message(words.approvedOne, { name: named.name })
          : format.message(words.approvedCount, { count: answer.approved.length }),
      );
    });
  const reopen = (event: Event) => {
    event.preventDefault();
    const person = approvedPeople.find((each) => each.personId === reopening);
    if (!person) return;
    void attempt(async () => {
      await api.reopenWeek(week.monday, person.personId, reason.trim());
      setReason('');
      setReopening('');
      changed(format.message(words.reopen.done, { name: person.name }));
    });
  };
  return (
    <ToolCard id={id} title={words.approveTitle} intro={words.approveIntro}>
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
                      onClick={() => void approve([person], person)}
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
    </ToolCard>
  );
};

/**
 * « Coût de la production »: for a production seen in the week, each person's hours over the whole production
 * (worked where entered, planned otherwise), the hourly rate they were counted at, the cost, and the total in
 * euros; hours under a contract without a rate are « sans tarif » and left out of the cost.
 */
const ProductionCost = ({ api, format, week }: { api: Api; format: Format; week: TeamWeek }) => {
  const words = format.messages.time;
  const texts = words.cost;
  const id = useId();
  const productions = [
    ...new Map(
      week.people
        .flatMap((person) => person.shifts)
        .flatMap((shift) =>
          shift.link ? [[shift.link.projectId, shift.projectName ?? shift.link.projectId] as const] : [],
        ),
    ),
  ].sort(([, left], [, right]) => left.localeCompare(right, format.localeTag));
  const [chosen, setChosen] = useState('');
  const [totals, setTotals] = useState<ProjectTotals>();
  const { error, attempt } = useRefusal(format);
  const projectId = productions.some(([each]) => each === chosen) ? chosen : (productions[0]?.[0] ?? '');
  if (productions.length === 0) return null;
  const show = () =>
    attempt(
      async () => setTotals(await api.projectTotals(projectId)),
      () => setTotals(undefined),
    );
  const name = new Map(productions).get(totals?.projectId ?? '') ?? '';
  return (
    <ToolCard id={id} title={texts.title} intro={texts.intro}>
      <div class="field">
        <label for={`${id}-production`}>{texts.production}</label>
        <select
          id={`${id}-production`}
          value={projectId}
          onChange={(event) => {
            setChosen(event.currentTarget.value);
            setTotals(undefined);
          }}
        >
          {productions.map(([each, label]) => (
            <option key={each} value={each}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="button button--secondary" onClick={() => void show()}>
        {texts.show}
      </button>
      <FormAlert id={`${id}-error`} message={error} />
      {totals &&
        (totals.people.length === 0 ? (
          <p class="muted">{texts.nobody}</p>
        ) : (
          <div class="time-grid-frame">
            <table class="time-cost">
              <caption>{name}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.person}</th>
                  <th scope="col">{texts.hours}</th>
                  <th scope="col">{texts.rate}</th>
                  <th scope="col">{texts.amount}</th>
                </tr>
              </thead>
              <tbody>
                {totals.people.map((person) => (
                  <CostRow key={person.personId} format={format} label={person.name} cost={person} />
                ))}
              </tbody>
              <tfoot>
                <CostRow format={format} label={texts.total} cost={totals.total} total />
              </tfoot>
            </table>
          </div>
        ))}
    </ToolCard>
  );
};

/** A line of the cost: hours counted, the rate they were priced at, the cost and the hours without a rate. */
const CostRow = ({
  format,
  label,
  cost,
  total,
}: {
  format: Format;
  label: string;
  cost: ProjectTotals['total'];
  total?: boolean;
}) => {
  const line = costLineOf(format, cost);
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="time-cost__figure">{line.hours}</td>
      <td>{total ? '' : line.rate}</td>
      <td class="time-cost__figure">
        {line.cost}
        {line.unpriced && <span class="card__detail">{line.unpriced}</span>}
      </td>
    </tr>
  );
};

/** The month's payroll and intermittents as CSV for French Excel, downloaded with the session's token. */
const PayrollExport = ({ api, format, monday }: { api: Api; format: Format; monday: string }) => {
  const words = format.messages.time;
  const id = useId();
  const [month, setMonth] = useState(monday.slice(0, 7));
  const { error, attempt } = useRefusal(format);
  const [notice, setNotice] = useState<string>();
  const files = [
    { file: 'paie', label: words.download, read: api.payrollCsv, button: 'button' },
    {
      file: 'intermittents',
      label: words.intermittentsDownload,
      read: api.intermittentsCsv,
      button: 'button button--secondary',
    },
  ];
  const download = ({ file, read }: (typeof files)[number]) => {
    setNotice(undefined);
    return attempt(async () => {
      const name = `${file}-${month}.csv`;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await read(month));
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setNotice(format.message(words.downloaded, { name }));
    });
  };
  return (
    <ToolCard id={id} title={words.exportTitle} intro={words.exportIntro}>
      <div class="field">
        <label for={`${id}-month`}>{words.month}</label>
        <input
          id={`${id}-month`}
          type="month"
          value={month}
          onInput={(event) => setMonth(event.currentTarget.value)}
        />
      </div>
      <div class="time-plan__actions">
        {files.map((each) => (
          <button
            key={each.file}
            type="button"
            class={each.button}
            disabled={!/^\d{4}-\d{2}$/.test(month)}
            onClick={() => void download(each)}
          >
            {each.label}
          </button>
        ))}
      </div>
      <FormAlert id={`${id}-error`} message={error} />
      {notice && (
        <p class="notice notice--ok" role="status">
          {notice}
        </p>
      )}
    </ToolCard>
  );
};
