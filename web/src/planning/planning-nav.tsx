import { readsPlanning } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { SubNav } from '../shell/frame/sub-nav';
import type { Format } from '../shell/i18n/format';

export type PlanningSection = 'day' | 'free-places' | 'projects' | 'mine' | 'other';

/**
 * The pages of the planning, from any of them: the places of a day, free rooms, projects, one's own week. A
 * guardian reads only their children's weeks, reached from the menu: no pages here they could not open.
 */
export const PlanningNav = ({
  me,
  current,
  format,
}: {
  me: Me;
  current: PlanningSection;
  format: Format;
}) => {
  const { nav } = format.messages.planning;
  if (!readsPlanning(me.profiles)) return null;
  return (
    <SubNav
      label={nav.label}
      current={current}
      links={[
        { section: 'day', href: paths.planningDay(), label: nav.day },
        { section: 'free-places', href: paths.freePlaces(), label: nav.freePlaces },
        { section: 'projects', href: paths.projects(), label: nav.projects },
        { section: 'mine', href: paths.planningWeek('person', me.personId), label: nav.mine },
      ]}
    />
  );
};
