import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { createsGroups } from './group-abilities';

interface GroupsPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** `/groupes`: the work groups one is a member of; teachers and the staff create one. */
export const GroupsPage = ({ api, format, me }: GroupsPageProps) => {
  const texts = format.messages.workGroups;
  const load = useCallback((signal: AbortSignal) => api.workGroups(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page work-groups stack--loose" aria-labelledby="groups-title">
      <div>
        <h2 id="groups-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      {createsGroups(me.profiles) && (
        <p>
          <Link href={paths.newWorkGroup} class="button">
            {texts.create}
          </Link>
        </p>
      )}
      <LoadedList state={state} none={texts.none} format={format} retry={retry}>
        {(groups) => (
          <ul class="cards" aria-label={texts.title}>
            {groups.map((group) => (
              <li key={group.groupId} class="card">
                <Link href={paths.workGroup(group.groupId)} class="card__title">
                  {group.name}
                </Link>
                <span class="card__detail">
                  {texts.kinds[group.kind]} · {texts.roles[group.role]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};
