import { currentLinkOf, menuOf } from './people/menu-of';
import type { Me } from './people/person';
import type { Format } from './shell/i18n/format';
import { Link } from './shell/routing/link';

interface SiteNavProps {
  me: Me;
  pathname: string;
  format: Format;
  /** Unread messages, for the badge of « Messagerie ». */
  unreadMessages?: number;
}

/**
 * The menu: every page the person's profiles open, one level deep (`menuOf`), the page shown marked current, or
 * the section it belongs to (a week under « Planning », a project's sheet under « Projets »).
 */
export const SiteNav = ({ me, pathname, format, unreadMessages }: SiteNavProps) => {
  const { nav } = format.messages;
  const links = menuOf(me, format, unreadMessages);
  const current = currentLinkOf(links, pathname);
  return (
    <nav class="site-nav" aria-label={nav.label}>
      <ul class="site-nav__inner">
        {links.map(({ href, label, badge }) => (
          <li key={href}>
            <Link href={href} class="site-nav__link" current={href === current}>
              {label}
              {badge && (
                <>
                  <span class="badge site-nav__badge" aria-hidden="true">
                    {badge.count}
                  </span>
                  <span class="visually-hidden"> ({badge.label})</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};
