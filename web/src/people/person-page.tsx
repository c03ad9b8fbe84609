import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { PersonLoans } from '../loans/person-loans';
import { paths } from '../routes';
import { ApiError } from '../shell/http/api-errors';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { abilitiesOf } from './abilities';
import type { Me } from './person';
import { PersonSheet } from './person-sheet';

interface PersonPageProps {
  api: Api;
  format: Format;
  me: Me;
  personId: string;
}

/** `/personnes/{personId}`: a person's sheet, when it exists and the signed-in person may see it. */
export const PersonPage = ({ api, format, me, personId }: PersonPageProps) => {
  const load = useCallback((signal: AbortSignal) => api.person(personId, signal), [api, personId]);
  const { state, retry } = useLoad(load);

  if (state.status === 'loaded') {
    const { classId } = state.value;
    return (
      <PersonSheet
        sheet={state.value}
        format={format}
        classHref={classId && classHrefFor(me, classId)}
        weekHref={paths.planningWeek('person', personId)}
      >
        <PersonLoans api={api} format={format} me={me} personId={personId} />
      </PersonSheet>
    );
  }
  return (
    <section class="page" aria-labelledby="person-title">
      <h2 id="person-title">{format.messages.person.title}</h2>
      {state.status === 'loading' ? (
        <Loading format={format} />
      ) : (
        <PersonFailure error={state.error} format={format} retry={retry} />
      )}
    </section>
  );
};

/** The API answers 404 alike for a sheet that does not exist and one the caller may not see. */
const PersonFailure = ({ error, format, retry }: { error: unknown; format: Format; retry: () => void }) =>
  error instanceof ApiError && error.status === 404 ? (
    <p class="notice">{format.messages.person.notFound}</p>
  ) : (
    <LoadFailure error={error} format={format} retry={retry} />
  );

const classHrefFor = (me: Me, classId: string) => {
  const abilities = abilitiesOf(me.profiles);
  const teachesIt = me.classes.some((schoolClass) => schoolClass.classId === classId);
  return abilities.seesAllClasses || teachesIt ? paths.class(classId) : undefined;
};
