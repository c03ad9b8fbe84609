import type { Pages } from '../pages';
import { DayPage } from './day-page';
import { FreePlacesPage } from './free-places-page';
import { ProjectPage } from './project-page';
import { ProjectsPage } from './projects-page';
import { WeekPage } from './week-page';

/** The pages of the module, loaded on demand when one of them is first shown (web/src/signed-in-page.tsx). */
export const pages: Pages<'planning-day' | 'planning-week' | 'free-places' | 'projects' | 'project'> = {
  'planning-day': ({ api, format, me, route }) => (
    <DayPage api={api} format={format} me={me} view={route.view} />
  ),
  'planning-week': ({ api, format, me, route }) => (
    <WeekPage
      key={`${route.kind}/${route.id}`}
      api={api}
      format={format}
      me={me}
      kind={route.kind}
      id={route.id}
      view={route.view}
    />
  ),
  'free-places': ({ api, format, me, route }) => (
    <FreePlacesPage api={api} format={format} me={me} search={route.search} />
  ),
  projects: ({ api, format, me, route }) => (
    <ProjectsPage api={api} format={format} me={me} kind={route.kind} mine={route.mine} />
  ),
  project: ({ api, format, me, route }) => (
    <ProjectPage key={route.projectId} api={api} format={format} me={me} projectId={route.projectId} />
  ),
};
