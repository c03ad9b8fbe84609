import type { Api } from '../api';
import { ClassList } from '../people/class-list';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loading } from '../shell/loading/load-failure';
import { PendingLoadsContext, usePendingLoads } from '../shell/loading/pending-loads';
import { Link } from '../shell/routing/link';
import { ChildrenDays } from './children-days';
import { FormRequestsToHandle } from './form-requests-to-handle';
import { homePartsOf } from './home-parts';
import { HomeSection } from './home-section';
import { OwnDay } from './own-day';
import { OwnProjects } from './own-projects';
import { PlannerDesk } from './planner-desk';
import { SchoolClasses } from './school-classes';
import { SchoolDay } from './school-day';

interface HomePageProps {
  api: Api;
  format: Format;
  me: Me;
}

/**
 * The home page shows first what each profile comes for, today: a student's or teacher's day, a planner's
 * conflicts and requests, a family's children. Each block loads on its own, all at once, and the page shows them
 * when they have answered: on a phone, blocks arriving one by one pushed each other down the screen.
 */
export const HomePage = ({ api, format, me }: HomePageProps) => {
  const { home, activationCodes } = format.messages;
  const parts = homePartsOf(me.profiles);
  const { settled, loads } = usePendingLoads();
  return (
    <PendingLoadsContext.Provider value={loads}>
      {!settled && (
        <div class="home-waiting">
          <Loading format={format} />
        </div>
      )}
      <div class="stack stack--loose home" aria-busy={settled ? undefined : 'true'}>
        {parts.ownDay && <OwnDay api={api} format={format} me={me} books={parts.booksRooms} />}
        {parts.plannerDesk && <PlannerDesk api={api} format={format} />}
        {(parts.schoolDay || parts.formRequests) && (
          <HomeSection title={home.today} kicker={format.day(format.today())}>
            <div class="home-blocks">
              {parts.schoolDay && <SchoolDay api={api} format={format} />}
              {parts.formRequests && <FormRequestsToHandle api={api} format={format} />}
            </div>
          </HomeSection>
        )}
        {parts.children && <ChildrenDays api={api} format={format} me={me} />}
        {parts.ownClasses && (
          <HomeSection title={home.ownClasses}>
            <ClassList classes={me.classes} label={home.ownClasses} format={format} />
          </HomeSection>
        )}
        {parts.ownProjects && <OwnProjects api={api} format={format} />}
        {parts.allClasses && (
          <HomeSection title={home.allClasses}>
            <SchoolClasses api={api} format={format} />
          </HomeSection>
        )}
        {parts.activationCodes && (
          <HomeSection title={activationCodes.title}>
            <p class="page__intro">{parts.forAuthority ? home.authorityIntro : home.activationCodesIntro}</p>
            <p>
              <Link href={paths.activationCodes} class="button">
                {activationCodes.title}
              </Link>
            </p>
          </HomeSection>
        )}
        {parts.imports && (
          <HomeSection title={format.messages.imports.title}>
            <p class="page__intro">{home.importsIntro}</p>
            <p>
              <Link href={paths.imports()} class="button">
                {home.importsLink}
              </Link>
            </p>
          </HomeSection>
        )}
      </div>
    </PendingLoadsContext.Provider>
  );
};
