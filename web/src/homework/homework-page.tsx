import { useCallback, useState } from 'preact/hooks';
import { mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded, LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { BookReaders } from './book-readers';
import { DueWork } from './due-work';
import { Shelf } from './shelf';

interface HomeworkPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/**
 * `/cahier-de-textes`, by profile: a pupil's work by due day, ticked; a guardian's children's; a teacher's sessions
 * of the week, each a tap from its page; the classes' books for the staff and the head of school.
 */
export const HomeworkPage = ({ api, format, me }: HomeworkPageProps) => {
  const texts = format.messages.homework;
  const { profiles } = me;
  return (
    <section class="page homework stack--loose" aria-labelledby="homework-title">
      <div>
        <h2 id="homework-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      {profiles.includes('student') && (
        <section class="sheet__section" aria-labelledby="own-work">
          <h3 id="own-work">{texts.ownWork}</h3>
          <DueWork api={api} format={format} pupilId={me.personId} ticks labelledBy="own-work" withShelf />
        </section>
      )}
      {profiles.includes('teacher') && (
        <>
          <TeacherWeek api={api} format={format} me={me} />
          <p>
            <Link href={paths.homeworkBook('teacher', me.personId)} class="button button--secondary">
              {texts.ownBook}
            </Link>
          </p>
          {me.classes.map((each) => (
            <Shelf
              key={each.classId}
              api={api}
              format={format}
              classId={each.classId}
              label={each.label}
              editable
            />
          ))}
        </>
      )}
      {profiles.includes('guardian') &&
        (me.children.length === 0 ? (
          <p class="muted">{texts.noChild}</p>
        ) : (
          me.children.map((child) => (
            <section key={child.personId} class="sheet__section" aria-labelledby={`work-${child.personId}`}>
              <h3 id={`work-${child.personId}`}>{format.fill(texts.childWork, { name: child.firstName })}</h3>
              <DueWork
                api={api}
                format={format}
                pupilId={child.personId}
                ticks={false}
                labelledBy={`work-${child.personId}`}
              />
              {child.classId && <Shelf api={api} format={format} classId={child.classId} />}
            </section>
          ))
        ))}
      {(profiles.includes('staff') || profiles.includes('school-admin')) && (
        <ClassBooks api={api} format={format} />
      )}
      {profiles.includes('school-admin') && <BookReaders api={api} format={format} />}
    </section>
  );
};

/** A teacher's sessions of a week, from their planning: each opens its page, to write it in a tap. */
const TeacherWeek = ({ api, format, me }: HomeworkPageProps) => {
  const texts = format.messages.homework;
  const [monday, setMonday] = useState(() => mondayOf(format.today()));
  const load = useCallback(
    (signal: AbortSignal) =>
      api.agenda('person', me.personId, { from: monday, to: plusDays(monday, 6) }, signal),
    [api, me.personId, monday],
  );
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="my-sessions">
      <h3 id="my-sessions">{texts.mySessions}</h3>
      <p class="muted">{texts.teacherIntro}</p>
      <div class="homework-week-nav">
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => setMonday(plusDays(monday, -7))}
        >
          {texts.previousWeek}
        </button>
        <span>{format.fill(texts.weekOf, { date: format.day(monday) })}</span>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => setMonday(plusDays(monday, 7))}
        >
          {texts.nextWeek}
        </button>
      </div>
      <Loaded state={state} format={format} retry={retry}>
        {(agenda) => {
          const days = agenda.days
            .map((day) => ({
              ...day,
              items: day.items.filter(
                (item) => item.personIds.includes(me.personId) && item.classIds.length > 0,
              ),
            }))
            .filter((day) => day.items.length > 0);
          return days.length === 0 ? (
            <p class="muted">{texts.noSessions}</p>
          ) : (
            <ol class="homework-days" aria-labelledby="my-sessions">
              {days.map((day) => (
                <li key={day.date} class="homework-day">
                  <h4 class="homework-day__title">{format.day(day.date)}</h4>
                  <ul class="homework-sessions">
                    {day.items.map((item) => (
                      <li key={`${item.activityId}#${item.seriesDate}`}>
                        <Link
                          href={paths.homeworkSession(item.activityId, item.seriesDate)}
                          class="homework-session-link"
                        >
                          <span class="homework-session-link__time">
                            {format.timeSpan(item.start, item.end)}
                          </span>
                          <span class="homework-session-link__title">{item.title}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          );
        }}
      </Loaded>
    </section>
  );
};

/** The classes' books, for the staff and the head of school. */
const ClassBooks = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.homework;
  const load = useCallback((signal: AbortSignal) => api.classes(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="sheet__section" aria-labelledby="class-books">
      <h3 id="class-books">{texts.books}</h3>
      <LoadedList state={state} none={texts.noBookEntries} format={format} retry={retry}>
        {(classes) => (
          <ul class="cards" aria-labelledby="class-books">
            {classes.map((each) => (
              <li key={each.classId} class="card">
                <Link href={paths.homeworkBook('class', each.classId)} class="card__title">
                  {each.label}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};
