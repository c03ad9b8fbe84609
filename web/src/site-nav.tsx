import {
  abilitiesOf,
  importsDirectory,
  makesBookings,
  managesBookings,
  mergesDuplicates,
  readsAudit,
  readsPlanning,
  searchesDirectory,
  submitsRequests,
} from './people/abilities';
import type { Me } from './people/person';
import { paths } from './routes';
import type { Format } from './shell/i18n/format';
import { Link } from './shell/routing/link';

interface SiteNavProps {
  me: Me;
  pathname: string;
  format: Format;
}

/**
 * The pages everyone reaches from anywhere: home, own sheet, places, sharing (everyone may at least put their own
 * planning in their calendar); the planning for those who work or study at the school; the directory and its
 * duplicates for the staff; codes, imports and the school year for administrators. The planning's own pages (a
 * week, projects, free rooms) keep its entry current.
 */
export const SiteNav = ({ me, pathname, format }: SiteNavProps) => {
  const { nav } = format.messages;
  const booking = format.messages.booking.nav;
  const links = [
    { href: paths.home, label: nav.home },
    { href: paths.person(me.personId), label: nav.ownSheet },
    ...(searchesDirectory(me.profiles) ? [{ href: paths.directory, label: nav.directory }] : []),
    { href: paths.places, label: nav.places },
    ...(readsPlanning(me.profiles) ? [{ href: paths.planningDay(), label: nav.planning }] : []),
    ...(makesBookings(me.profiles) ? [{ href: paths.booking(), label: booking.make }] : []),
    ...(managesBookings(me.profiles) ? [{ href: paths.bookingRequests, label: booking.manage }] : []),
    { href: paths.sharing, label: nav.sharing },
    ...(submitsRequests(me.profiles)
      ? [{ href: paths.requestForms, label: format.messages.requests.title }]
      : []),
    ...(mergesDuplicates(me.profiles) ? [{ href: paths.duplicates, label: nav.duplicates }] : []),
    ...(abilitiesOf(me.profiles).makesActivationCodes
      ? [{ href: paths.activationCodes, label: nav.activationCodes }]
      : []),
    ...(importsDirectory(me.profiles)
      ? [
          { href: paths.imports(), label: nav.imports },
          { href: paths.schoolYears, label: nav.schoolYears },
        ]
      : []),
    ...(readsAudit(me.profiles) ? [{ href: paths.audit, label: format.messages.audit.nav }] : []),
  ];
  return (
    <nav class="site-nav" aria-label={nav.label}>
      <ul class="site-nav__inner">
        {links.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} class="site-nav__link" current={isCurrent(href, pathname)}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const planningPages = /^\/(planning|projets)(\/|$)/;

const requestPages = /^\/(formulaires|demandes)(\/|$)/;

const bookingPages = /^\/reservations\/(demandes|regles)$/;

const isCurrent = (href: string, pathname: string) =>
  href === pathname ||
  (href === paths.planningDay() && planningPages.test(pathname)) ||
  (href === paths.requestForms && requestPages.test(pathname)) ||
  (href === paths.bookingRequests && bookingPages.test(pathname));
