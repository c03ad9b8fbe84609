import type { ComponentChildren } from 'preact';
import { useCallback, useId } from 'preact/hooks';
import type { Api } from '../api';
import { ClassList } from '../classes/class-list';
import { ApiError } from '../http/api-errors';
import type { Format } from '../i18n/format';
import { LoadFailure, Loading } from '../loading/load-failure';
import { useLoad } from '../loading/use-load';
import { abilitiesOf, hasOwnPlanning } from '../people/abilities';
import { PeopleList } from '../people/people-list';
import type { Me } from '../people/person';
import { PersonPage } from '../people/person-page';
import { Link } from '../routing/link';
import { paths } from '../routing/routes';

interface HomePageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** The home page shows what each profile comes for; a person with several profiles sees each part. */
export const HomePage = ({ api, format, me }: HomePageProps) => {
  const { home, activationCodes, planning } = format.messages;
  const abilities = abilitiesOf(me.profiles);
  return (
    <div class="stack stack--loose">
      {abilities.isStudent && <PersonPage api={api} format={format} me={me} personId={me.personId} />}
      {hasOwnPlanning(me.profiles) && (
        <HomeSection title={planning.home.title}>
          <p class="page__intro">{planning.home.intro}</p>
          <p>
            <Link href={paths.planningWeek('person', me.personId)} class="button">
              {planning.home.link}
            </Link>
          </p>
        </HomeSection>
      )}
      {abilities.seesOwnChildren && (
        <HomeSection title={home.children}>
          {me.children.length ? (
            <PeopleList people={me.children} label={home.children} format={format} />
          ) : (
            <p class="notice">{home.noChildren}</p>
          )}
        </HomeSection>
      )}
      {abilities.seesOwnClasses && (
        <HomeSection title={home.ownClasses}>
          <ClassList classes={me.classes} label={home.ownClasses} format={format} />
        </HomeSection>
      )}
      {abilities.seesAllClasses && (
        <HomeSection title={home.allClasses}>
          <SchoolClasses api={api} format={format} />
        </HomeSection>
      )}
      {abilities.makesActivationCodes && (
        <HomeSection title={activationCodes.title}>
          <p class="page__intro">{home.activationCodesIntro}</p>
          <p>
            <Link href={paths.activationCodes} class="button">
              {activationCodes.title}
            </Link>
          </p>
        </HomeSection>
      )}
    </div>
  );
};

const HomeSection = ({ title, children }: { title: string; children: ComponentChildren }) => {
  const titleId = useId();
  return (
    <section class="page" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
};

/** Every class of the school; a profile the API does not let list them simply sees none. */
const SchoolClasses = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.classes(signal), [api]);
  const { state, retry } = useLoad(load);
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'loaded') {
    return <ClassList classes={state.value} label={format.messages.home.allClasses} format={format} />;
  }
  if (state.error instanceof ApiError && (state.error.status === 403 || state.error.status === 404)) {
    return <p class="notice">{format.messages.home.noClasses}</p>;
  }
  return <LoadFailure error={state.error} format={format} retry={retry} />;
};
