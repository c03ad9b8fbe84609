import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { LoadFailure } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { abilitiesOf } from './abilities';
import { PeopleList } from './people-list';
import type { Me, PersonSummary } from './person';

interface ClassPageProps {
  api: Api;
  format: Format;
  me: Me;
  classId: string;
}

/** `/classes/{classId}`: the students of a class, each name a link to their sheet. */
export const ClassPage = ({ api, format, me, classId }: ClassPageProps) => {
  const { classPage } = format.messages;
  const load = useCallback(
    async (signal: AbortSignal) => {
      const students = await api.classStudents(classId, signal);
      return { students, label: await classLabel(api, me, classId, students, signal) };
    },
    [api, me, classId],
  );
  const { state, retry } = useLoad(load);
  const label = state.status === 'loaded' ? state.value.label : undefined;

  return (
    <section class="page" aria-labelledby="class-title">
      <div class="page__heading">
        <h2 id="class-title">{label ?? classPage.title}</h2>
        <p class="page__count" role="status">
          {state.status === 'loaded' && format.studentCount(state.value.students.length)}
          {state.status === 'loading' && format.messages.loadingPage}
        </p>
      </div>
      {state.status === 'failed' &&
        (state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 403) ? (
          <p class="notice">{classPage.notFound}</p>
        ) : (
          <LoadFailure error={state.error} format={format} retry={retry} />
        ))}
      {state.status === 'loaded' &&
        (state.value.students.length === 0 ? (
          <p class="notice">{classPage.noStudents}</p>
        ) : (
          <PeopleList
            people={state.value.students}
            label={format.message(classPage.students, { label: label ?? classPage.title })}
            format={format}
            withClass={false}
          />
        ))}
    </section>
  );
};

/** The class's name: known to its teachers, carried by its students, or else looked up in the school's classes. */
const classLabel = async (
  api: Api,
  me: Me,
  classId: string,
  students: readonly PersonSummary[],
  signal: AbortSignal,
): Promise<string | undefined> => {
  const known =
    me.classes.find((schoolClass) => schoolClass.classId === classId)?.label ??
    students.find((student) => student.classLabel)?.classLabel;
  if (known || !abilitiesOf(me.profiles).seesAllClasses) return known;
  const classes = await api.classes(signal);
  return classes.find((schoolClass) => schoolClass.classId === classId)?.label;
};
