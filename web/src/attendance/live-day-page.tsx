import { useCallback } from 'preact/hooks';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import type { LiveDay, SessionLine } from './attendance-types';

interface LiveDayPageProps {
  api: Api;
  format: Format;
  /** The day shown, YYYY-MM-DD; today when empty. */
  date: string;
}

/**
 * `/vie-scolaire?jour=…`: vie scolaire's day, live. The registers not taken 15 minutes after their course's start
 * first (with the reminder sent to the teacher), then the absences per course, per pupil, and the pupils absent
 * from a course and present at the next.
 */
export const LiveDayPage = ({ api, format, date }: LiveDayPageProps) => {
  const texts = format.messages.attendance;
  const day = date || format.today();
  const load = useCallback((signal: AbortSignal) => api.liveDay(day, signal), [api, day]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page attendance stack--loose" aria-labelledby="live-day-title">
      <div>
        <p class="page__kicker">{texts.day}</p>
        <h2 id="live-day-title">{format.fill(texts.dayOf, { date: format.day(day) })}</h2>
      </div>
      <nav class="attendance-day-nav" aria-label={texts.dayNav}>
        <Link href={paths.liveDay(plusDays(day, -1))} class="button">
          {texts.previousDay}
        </Link>
        <Link href={paths.liveDay(plusDays(day, 1))} class="button">
          {texts.nextDay}
        </Link>
      </nav>
      <Loaded state={state} format={format} retry={retry}>
        {(live) => <LiveDayView format={format} live={live} />}
      </Loaded>
    </section>
  );
};

const at = (format: Format, session: SessionLine) =>
  `${session.title} (${format.timeSpan(session.start, session.end)})`;

const LiveDayView = ({ format, live }: { format: Format; live: LiveDay }) => {
  const texts = format.messages.attendance;
  const notTaken = live.courses.filter((course) => course.notTaken);
  const withAbsences = live.courses.filter((course) => course.absent.length + course.late.length > 0);
  return (
    <>
      <section class="sheet__section" aria-labelledby="not-taken">
        <h3 id="not-taken">{texts.notTakenTitle}</h3>
        <p class="muted">{texts.notTakenIntro}</p>
        {notTaken.length === 0 ? (
          <p>{texts.allTaken}</p>
        ) : (
          <ul class="attendance-list">
            {notTaken.map((course) => (
              <li
                key={`${course.session.activityId}/${course.session.seriesDate}`}
                class="framed attendance-line"
              >
                <Link href={paths.register(course.session.activityId, course.session.seriesDate)}>
                  {at(format, course.session)}
                </Link>
                <span>{course.teachers.map((teacher) => format.fullName(teacher)).join(', ')}</span>
                {course.remindedAt && (
                  <span class="muted">
                    {texts.reminded} · {format.instant(course.remindedAt)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="sheet__section" aria-labelledby="by-course">
        <h3 id="by-course">{texts.absencesByCourse}</h3>
        {withAbsences.length === 0 ? (
          <p class="muted">{texts.noAbsences}</p>
        ) : (
          <ul class="attendance-list">
            {withAbsences.map((course) => (
              <li
                key={`${course.session.activityId}/${course.session.seriesDate}`}
                class="framed attendance-line"
              >
                <Link href={paths.register(course.session.activityId, course.session.seriesDate)}>
                  {at(format, course.session)}
                </Link>
                {course.absent.length > 0 && (
                  <span>
                    {texts.absent} : {course.absent.map((pupil) => format.fullName(pupil)).join(', ')}
                  </span>
                )}
                {course.late.length > 0 && (
                  <span>
                    {texts.late} :{' '}
                    {course.late
                      .map(
                        (pupil) =>
                          `${format.fullName(pupil)} (${format.fill(texts.minutes, { count: pupil.minutes ?? 0 })})`,
                      )
                      .join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="sheet__section" aria-labelledby="by-pupil">
        <h3 id="by-pupil">{texts.absencesByPupil}</h3>
        {live.absentOrLate.length === 0 ? (
          <p class="muted">{texts.noAbsences}</p>
        ) : (
          <ul class="attendance-list">
            {live.absentOrLate.map((pupil) => (
              <li key={pupil.personId} class="framed attendance-line">
                <strong>{format.fullName(pupil)}</strong>
                <span>
                  {pupil.marks
                    .filter((mark) => mark.mark !== 'present')
                    .map(
                      (mark) =>
                        `${mark.mark === 'absent' ? texts.absent : texts.late} · ${at(format, mark.session)}`,
                    )
                    .join(' ; ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="sheet__section" aria-labelledby="absent-then-present">
        <h3 id="absent-then-present">{texts.absentThenPresent}</h3>
        <p class="muted">{texts.absentThenPresentIntro}</p>
        {live.absentThenPresent.length === 0 ? (
          <p>{texts.noneAbsentThenPresent}</p>
        ) : (
          <ul class="attendance-list">
            {live.absentThenPresent.map((pupil) => (
              <li key={`${pupil.personId}/${pupil.absentAt.activityId}`} class="framed attendance-line">
                <strong>{format.fullName(pupil)}</strong>
                <span>
                  {format.fill(texts.absentAt, {
                    title: pupil.absentAt.title,
                    time: format.time(pupil.absentAt.start),
                  })}
                  ,{' '}
                  {format.fill(texts.presentAt, {
                    title: pupil.presentAt.title,
                    time: format.time(pupil.presentAt.start),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
