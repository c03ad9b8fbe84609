import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { Mark, MyCourses, PupilMark, RegisterPage } from './attendance-types';

interface RollCallPageProps {
  api: Api;
  format: Format;
}

/** How many minutes late one tap on « En retard » says; the teacher changes it beside the pupil. */
const defaultLateMinutes = 5;

/**
 * `/appel`: a teacher's courses of the day. The course going on now opens below at once, so that the roll call is
 * taken in a few taps on a phone: everyone present, a tap for each absent or late pupil, then « Enregistrer ».
 */
export const RollCallPage = ({ api, format }: RollCallPageProps) => {
  const texts = format.messages.attendance;
  const load = useCallback((signal: AbortSignal) => api.myCourses(signal), [api]);
  // Saving the register reloads the day's list: the register open below stays on screen meanwhile, with its
  // « Appel enregistré. », rather than giving way to « loading » and losing it.
  const { state, retry } = useLoad(load, { keepValue: true });
  const shown =
    state.status === 'loading' && state.value !== undefined
      ? { status: 'loaded' as const, value: state.value }
      : state;
  return (
    <section class="page attendance stack--loose" aria-labelledby="roll-call-title">
      <div>
        <p class="page__kicker">{format.day(format.today())}</p>
        <h2 id="roll-call-title">{texts.title}</h2>
      </div>
      <Loaded state={shown} format={format} retry={retry}>
        {(mine) => <MyDay api={api} format={format} mine={mine} onSaved={retry} />}
      </Loaded>
    </section>
  );
};

const MyDay = ({
  api,
  format,
  mine,
  onSaved,
}: {
  api: Api;
  format: Format;
  mine: MyCourses;
  onSaved: () => void;
}) => {
  const texts = format.messages.attendance;
  if (mine.courses.length === 0) return <p class="muted">{texts.noCourses}</p>;
  const current = mine.courses.find((course) => course.now);
  return (
    <>
      {current && (
        <RegisterOf
          key={`${current.session.activityId}/${current.session.seriesDate}`}
          api={api}
          format={format}
          activityId={current.session.activityId}
          seriesDate={current.session.seriesDate}
          onSaved={onSaved}
        />
      )}
      <section aria-labelledby="my-courses" class="stack">
        <h3 id="my-courses">{texts.intro}</h3>
        <ul class="attendance-courses">
          {mine.courses.map(({ session, now, taken, absent, late }) => (
            <li key={`${session.activityId}/${session.seriesDate}`}>
              <Link
                href={paths.register(session.activityId, session.seriesDate)}
                class="attendance-course framed"
              >
                <span class="attendance-course__time">{format.timeSpan(session.start, session.end)}</span>
                <span class="attendance-course__title">{session.title}</span>
                <span class={taken ? 'attendance-state attendance-state--taken' : 'attendance-state'}>
                  {now && !taken ? texts.now : taken ? texts.taken : texts.notTaken}
                </span>
                {taken && <span class="muted">{format.message(texts.counts, { absent, late })}</span>}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
};

interface RegisterPageProps {
  api: Api;
  format: Format;
  activityId: string;
  seriesDate: string;
}

/** `/appel/<activity>/<series date>`: one course session's register. */
export const RegisterPageView = ({ api, format, activityId, seriesDate }: RegisterPageProps) => {
  const texts = format.messages.attendance;
  return (
    <section class="page attendance stack--loose" aria-labelledby="register-kicker">
      <p class="page__kicker" id="register-kicker">
        <Link href={paths.attendance}>{texts.title}</Link>
      </p>
      <RegisterOf
        api={api}
        format={format}
        activityId={activityId}
        seriesDate={seriesDate}
        onSaved={() => {}}
      />
    </section>
  );
};

const RegisterOf = ({
  api,
  format,
  activityId,
  seriesDate,
  onSaved,
}: RegisterPageProps & { onSaved: () => void }) => {
  const texts = format.messages.attendance;
  const load = useCallback(
    (signal: AbortSignal) => api.register(activityId, seriesDate, signal),
    [api, activityId, seriesDate],
  );
  const { state, retry } = useLoad(load);
  const [status, setStatus] = useState('');
  return (
    <>
      <p class="form__status" role="status">
        {status}
      </p>
      <Loaded state={state} format={format} retry={retry} notFound={texts.notFound}>
        {(page) => (
          <RegisterForm
            key={page.version ?? 0}
            api={api}
            format={format}
            page={page}
            onSaved={(message) => {
              setStatus(message);
              retry();
              onSaved();
            }}
          />
        )}
      </Loaded>
    </>
  );
};

const initialsOf = ({ firstName, lastName }: { firstName: string; lastName: string }) =>
  `${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase();

const RegisterForm = ({
  api,
  format,
  page,
  onSaved,
}: {
  api: Api;
  format: Format;
  page: RegisterPage;
  onSaved: (message: string) => void;
}) => {
  const texts = format.messages.attendance;
  const id = useId();
  const [marks, setMarks] = useState<Map<string, { mark: Mark; minutes?: number }>>(
    () => new Map(page.pupils.map(({ personId, mark, minutes }) => [personId, { mark, minutes }])),
  );
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const markOf = (personId: string) => marks.get(personId) ?? { mark: 'present' as const };
  const toggle = (personId: string, mark: 'absent' | 'late') =>
    setMarks((current) => {
      const next = new Map(current);
      next.set(
        personId,
        markOf(personId).mark === mark
          ? { mark: 'present' }
          : mark === 'late'
            ? { mark, minutes: defaultLateMinutes }
            : { mark },
      );
      return next;
    });
  const setMinutes = (personId: string, minutes: number) =>
    setMarks((current) => new Map(current).set(personId, { mark: 'late', minutes }));
  const counted = [...marks.values()];
  const absent = counted.filter((each) => each.mark === 'absent').length;
  const late = counted.filter((each) => each.mark === 'late').length;
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.takeRegister(page.session.activityId, page.session.seriesDate, {
        marks: [...marks]
          .filter(([, each]) => each.mark !== 'present')
          .map(([personId, each]) => ({ personId, ...each })),
        ...(page.version !== null && { version: page.version }),
      });
      onSaved(texts.saved);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 412) onSaved(texts.stale);
      else setError(failureReason(failure, format));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      class="stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div>
        <h3 id={`${id}-title`}>
          {page.session.title} · {format.timeSpan(page.session.start, page.session.end)}
        </h3>
        <p class="muted">
          {format.message(texts.pupils, { count: page.pupils.length })} ·{' '}
          {format.message(texts.counts, { absent, late })}
        </p>
        {page.takenBy && page.takenAt && (
          <p class="muted">
            {format.fill(texts.takenBy, {
              name: format.fullName(page.takenBy),
              time: format.instant(page.takenAt),
            })}
          </p>
        )}
        <p class="muted">{page.mayTake ? texts.allPresent : texts.closed}</p>
      </div>
      <ul class="attendance-pupils" aria-label={texts.title}>
        {page.pupils.map((pupil) => (
          <PupilRow
            key={pupil.personId}
            format={format}
            pupil={pupil}
            mark={markOf(pupil.personId)}
            disabled={!page.mayTake}
            onToggle={(mark) => toggle(pupil.personId, mark)}
            onMinutes={(minutes) => setMinutes(pupil.personId, minutes)}
          />
        ))}
      </ul>
      <FormAlert id={`${id}-error`} message={error} />
      {page.mayTake && (
        <button type="submit" class="button button--primary attendance-save" disabled={saving}>
          {texts.save}
        </button>
      )}
    </form>
  );
};

const PupilRow = ({
  format,
  pupil,
  mark,
  disabled,
  onToggle,
  onMinutes,
}: {
  format: Format;
  pupil: PupilMark;
  mark: { mark: Mark; minutes?: number };
  disabled: boolean;
  onToggle: (mark: 'absent' | 'late') => void;
  onMinutes: (minutes: number) => void;
}) => {
  const texts = format.messages.attendance;
  const name = format.fullName(pupil);
  const minutesId = useId();
  return (
    <li class={`attendance-pupil attendance-pupil--${mark.mark}`}>
      <span class="attendance-pupil__initials" aria-hidden="true">
        {initialsOf(pupil)}
      </span>
      <span class="attendance-pupil__name">
        {name}
        <span class="visually-hidden">
          {' '}
          : {mark.mark === 'absent' ? texts.absent : mark.mark === 'late' ? texts.late : texts.present}
        </span>
      </span>
      <span class="attendance-pupil__marks">
        <button
          type="button"
          class="attendance-mark attendance-mark--absent"
          aria-pressed={mark.mark === 'absent'}
          aria-label={`${texts.absent} : ${name}`}
          disabled={disabled}
          onClick={() => onToggle('absent')}
        >
          {texts.absent}
        </button>
        <button
          type="button"
          class="attendance-mark attendance-mark--late"
          aria-pressed={mark.mark === 'late'}
          aria-label={`${texts.late} : ${name}`}
          disabled={disabled}
          onClick={() => onToggle('late')}
        >
          {texts.late}
        </button>
      </span>
      {mark.mark === 'late' && (
        <span class="attendance-pupil__minutes">
          <label for={minutesId}>{texts.minutesLate}</label>
          <input
            id={minutesId}
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={mark.minutes ?? defaultLateMinutes}
            disabled={disabled}
            onInput={(event) => {
              const value = Number((event.target as HTMLInputElement).value);
              if (Number.isInteger(value) && value >= 1) onMinutes(value);
            }}
          />
        </span>
      )}
    </li>
  );
};
