import { Link } from '../routing/link';

export interface SubNavLink<S extends string> {
  section: S;
  href: string;
  label: string;
}

interface SubNavProps<S extends string> {
  label: string;
  links: readonly SubNavLink<S>[];
  /** The section of the page shown, marked as the current page. */
  current: S;
}

/** The pages of one part of the portal, from any of them, the one shown marked. */
export const SubNav = <S extends string>({ label, links, current }: SubNavProps<S>) => (
  <nav class="subnav" aria-label={label}>
    <ul>
      {links.map(({ section, href, label }) => (
        <li key={section}>
          <Link href={href} class="subnav__link" current={section === current}>
            {label}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
);
