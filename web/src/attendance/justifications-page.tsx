import { useCallback, useId, useState } from 'preact/hooks';
import type { Justification } from '#domain/attendance/justification';
import type { Api } from '../api';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded, LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { PupilName } from './absences-api';

interface JustificationsPageProps {
  api: Api;
  format: Format;
}

/**
 * `/vie-scolaire/absences`, vie scolaire's: the reasons families sent, to accept or refuse with a word back; the
 * pupils flagged this month for four unjustified half-days; a class's counts for a period and its CSV.
 */
export const JustificationsPage = ({ api, format }: JustificationsPageProps) => {
  const texts = format.messages.attendance.absences;
  return (
    <section class="page absences stack--loose" aria-labelledby="justifications-title">
      <div>
        <h2 id="justifications-title">{texts.staffTitle}</h2>
        <p class="page__intro">{texts.staffIntro}</p>
      </div>
      <PendingReasons api={api} format={format} />
      <FlaggedPupils api={api} format={format} />
      <ClassCounts api={api} format={format} />
    </section>
  );
};

const PendingReasons = ({ api, format }: JustificationsPageProps) => {
  const texts = format.messages.attendance.absences;
  const load = useCallback((signal: AbortSignal) => api.pendingJustifications(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="pending-reasons">
      <h3 id="pending-reasons">{texts.pendingTitle}</h3>
      <Loaded state={state} format={format} retry={retry}>
        {({ justifications }) =>
          justifications.length === 0 ? (
            <p class="muted">{texts.nonePending}</p>
          ) : (
            <ul class="absences__pending">
              {justifications.map((justification) => (
                <PendingReason
                  key={justification.justificationId}
                  api={api}
                  format={format}
                  justification={justification}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
};

const PendingReason = ({
  api,
  format,
  justification,
}: {
  api: Api;
  format: Format;
  justification: Justification & { pupil?: PupilName };
}) => {
  const texts = format.messages.attendance.absences;
  const [answer, setAnswer] = useState('');
  const [status, setStatus] = useState<{ busy?: boolean; error?: string; decided?: Justification['state'] }>(
    {},
  );
  const id = useId();
  const decide = async (decision: 'accepted' | 'refused') => {
    setStatus({ busy: true });
    try {
      const decided = await api.decideJustification(justification.pupilId, justification.justificationId, {
        decision,
        answer,
        version: justification.version,
      });
      setStatus({ decided: decided.state });
    } catch (failure) {
      setStatus({ error: failureReason(failure, format) });
    }
  };
  const name = justification.pupil ? format.fullName(justification.pupil) : justification.pupilId;
  return (
    <li class="absences__reason absences__reason--pending">
      <p>
        <Link href={paths.pupilAbsences(justification.pupilId)}>
          <strong>{name}</strong>
        </Link>
        {' · '}
        {texts.reasons[justification.reason] ?? justification.reason}
      </p>
      <p>
        {format.fill(texts.span, {
          from: format.day(justification.from.date),
          fromHalf: texts.halves[justification.from.half] ?? justification.from.half,
          to: format.day(justification.to.date),
          toHalf: texts.halves[justification.to.half] ?? justification.to.half,
        })}
      </p>
      {justification.note && <p class="absences__note">« {justification.note} »</p>}
      {justification.document && (
        <p>
          <button
            type="button"
            class="button button--secondary"
            onClick={async () => {
              try {
                const { url } = await api.documentLink(justification.pupilId, justification.justificationId);
                window.location.assign(url);
              } catch (failure) {
                setStatus({ error: failureReason(failure, format) });
              }
            }}
          >
            {texts.document} ({justification.document.name})
          </button>
        </p>
      )}
      {status.decided ? (
        <p class="notice" role="status">
          {status.decided === 'accepted' ? texts.decidedAccepted : texts.decidedRefused}
        </p>
      ) : (
        <>
          <div class="field">
            <label for={`${id}-answer`}>{texts.answerLabel}</label>
            <input
              id={`${id}-answer`}
              type="text"
              maxLength={500}
              value={answer}
              onInput={(event) => setAnswer(event.currentTarget.value)}
            />
          </div>
          <div class="absences__actions">
            <button
              type="button"
              class="button"
              disabled={status.busy}
              onClick={() => void decide('accepted')}
            >
              {texts.accept}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={status.busy}
              onClick={() => void decide('refused')}
            >
              {texts.refuse}
            </button>
          </div>
          {status.error && (
            <p class="notice notice--error" role="alert">
              {status.error}
            </p>
          )}
        </>
      )}
    </li>
  );
};

const FlaggedPupils = ({ api, format }: JustificationsPageProps) => {
  const texts = format.messages.attendance.absences;
  const load = useCallback(async (signal: AbortSignal) => (await api.flaggedPupils(signal)).pupils, [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="flagged-pupils">
      <h3 id="flagged-pupils">{texts.flaggedTitle}</h3>
      <p class="muted">{texts.flaggedIntro}</p>
      <LoadedList state={state} format={format} retry={retry} none={texts.noneFlagged}>
        {(pupils) => (
          <ul class="absences__flagged">
            {pupils.map(({ pupil, count }) => (
              <li key={pupil.personId}>
                <Link href={paths.pupilAbsences(pupil.personId)}>{format.fullName(pupil)}</Link>
                {' · '}
                {format.message(texts.flaggedCount, { count })}
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};

const ClassCounts = ({ api, format }: JustificationsPageProps) => {
  const texts = format.messages.attendance.absences;
  const today = format.today();
  const [classId, setClassId] = useState('');
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [status, setStatus] = useState<{ error?: string }>({});
  const id = useId();
  const loadClasses = useCallback((signal: AbortSignal) => api.classes(signal), [api]);
  const classes = useLoad(loadClasses);
  const loadCounts = useCallback(
    (signal: AbortSignal) =>
      classId ? api.classAbsenceCounts(classId, { from, to }, signal) : Promise.resolve(undefined),
    [api, classId, from, to],
  );
  const counts = useLoad(loadCounts, { keepValue: true });
  const download = async () => {
    setStatus({});
    try {
      const file = await api.absencesCsv({ classId, from, to });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `absences-${classId}-${from}-${to}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (failure) {
      setStatus({ error: failureReason(failure, format) });
    }
  };
  return (
    <section class="sheet__section" aria-labelledby="class-counts">
      <h3 id="class-counts">{texts.countsTitle}</h3>
      <div class="absences__span">
        <div class="field">
          <label for={`${id}-class`}>{texts.classLabel}</label>
          <select
            id={`${id}-class`}
            value={classId}
            onChange={(event) => setClassId(event.currentTarget.value)}
          >
            <option value="">{texts.chooseClass}</option>
            {(classes.state.status === 'loaded' ? classes.state.value : []).map((each) => (
              <option key={each.classId} value={each.classId}>
                {each.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-from`}>{texts.from}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onInput={(event) => setFrom(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-to`}>{texts.to}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={to}
            onInput={(event) => setTo(event.currentTarget.value)}
          />
        </div>
      </div>
      {classId && (
        <Loaded state={counts.state} format={format} retry={counts.retry}>
          {(loaded) =>
            loaded && (
              <div class="table-scroll">
                <table class="absences__table">
                  <thead>
                    <tr>
                      <th scope="col">{texts.pupil}</th>
                      <th scope="col">{texts.halfDays}</th>
                      <th scope="col">{texts.unjustified}</th>
                      <th scope="col">{texts.latesColumn}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.pupils.map(({ pupil, count }) => (
                      <tr key={pupil.personId}>
                        <th scope="row">
                          <Link href={paths.pupilAbsences(pupil.personId)}>{format.fullName(pupil)}</Link>
                        </th>
                        <td>{format.number(count.halfDays)}</td>
                        <td>{format.number(count.unjustified)}</td>
                        <td>{format.number(count.lates)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{texts.total}</th>
                      <td>{format.number(loaded.total.halfDays)}</td>
                      <td>{format.number(loaded.total.unjustified)}</td>
                      <td>{format.number(loaded.total.lates)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )
          }
        </Loaded>
      )}
      {classId && (
        <button type="button" class="button button--secondary" onClick={() => void download()}>
          {texts.export}
        </button>
      )}
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </section>
  );
};
