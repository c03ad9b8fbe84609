import { currentLinkOf, menuOf } from './people/menu-of';
import type { Me } from './people/person';
import type { Format } from './shell/i18n/format';
import { Link } from './shell/routing/link';

interface SiteNavProps {
  me: Me;
  pathname: string;
  format: Format;
  /** What to say beside a link, by its address: the notes left to sign beside « Carnet de liaison ». */
  counts?: Readonly<Record<string, string | undefined>>;
}

/**
 * The menu: every page the person's profiles open, one level deep (`menuOf`), the page shown marked current, or
 * the section it belongs to (a week under « Planning », a project's sheet under « Projets »).
 */
export const SiteNav = ({ me, pathname, format, counts = {} }: SiteNavProps) => {
  const { nav } = format.messages;
  const links = menuOf(me, format);
  const current = currentLinkOf(links, pathname);
  return (
    <nav class="site-nav" aria-label={nav.label}>
      <ul class="site-nav__inner">
        {links.map(({ href, label }) => (
          <li key={href} class="site-nav__item">
            <Link href={href} class="site-nav__link" current={href === current}>
              {label}
            </Link>
            {counts[href] && <span class="site-nav__count">{counts[href]}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
};
