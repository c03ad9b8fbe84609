import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { HomeSection } from './home-section';

const closed = (status: string) => status === 'done' || status === 'cancelled';

/** How many projects the home page lists; « Mes projets » lists them all. */
const shown = 8;

/** « Mes projets » for a teacher: the projects they take part in, each a tap from its sheet, open ones first. */
export const OwnProjects = ({ api, format }: { api: Api; format: Format }) => {
  const load = useCallback((signal: AbortSignal) => api.ownProjects(signal), [api]);
  const { state, retry } = useLoad(load);
  const { home, menu } = format.messages;
  return (
    <HomeSection title={menu.ownProjects}>
      <Loaded state={state} format={format} retry={retry}>
        {(projects) => {
          if (projects.length === 0) return <p class="notice">{home.ownProjectsNone}</p>;
          const sorted = [...projects].sort(
            (a, b) =>
              Number(closed(a.status)) - Number(closed(b.status)) ||
              a.name.localeCompare(b.name, format.localeTag),
          );
          return (
            <ul class="item-list home-lines" aria-label={menu.ownProjects}>
              {sorted.slice(0, shown).map((project) => (
                <li key={project.id}>
                  <Link href={paths.project(project.id)}>{project.name}</Link>{' '}
                  <span class="muted">{format.projectKind(project.kind)}</span>
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
      <p class="home-links">
        <Link href={paths.ownProjects()} class="button">
          {home.ownProjectsAll}
        </Link>
      </p>
    </HomeSection>
  );
};
