import type { Me } from '#domain/people/read-me';
import { createsGroups } from '../messaging/group-abilities';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import {
  abilitiesOf,
  borrowsInstruments,
  decidesAbsences,
  followsAbsences,
  followsAttendance,
  handlesSchoolProjects,
  hasOwnPlanning,
  importsDirectory,
  keepsHomework,
  keepsInstruments,
  keepsOwnHours,
  makesBookings,
  managesBookings,
  mergesDuplicates,
  plansTeamTime,
  readsAudit,
  readsLiaisonBook,
  readsPlanning,
  searchesDirectory,
  sells,
  submitsRequests,
  takesRollCall,
  usesMessaging,
} from './abilities';

export interface MenuLink {
  href: string;
  label: string;
}

/**
 * The portal's menu for one person, one level deep: every page their profiles open, and none that would answer
 * « introuvable » or « interdit ». Home and one's own sheet; a guardian's children's weeks, one link each; one's
 * own week and projects for students and teachers; the directory and its duplicates for the staff; the planning of
 * the school for those who work or study there; codes, imports, the school year and the audit for administrators.
 */
export const menuOf = (me: Me, format: Format): MenuLink[] => {
  const { nav } = format.messages;
  const { menu } = format.messages;
  const booking = format.messages.booking.nav;
  const { profiles } = me;
  const teaches = profiles.includes('teacher');
  return [
    { href: paths.home, label: nav.home },
    { href: paths.person(me.personId), label: nav.ownSheet },
    ...(usesMessaging(profiles) ? [{ href: paths.messages, label: format.messages.messaging.nav }] : []),
    ...(hasOwnPlanning(profiles)
      ? [{ href: paths.planningWeek('person', me.personId), label: menu.ownPlanning }]
      : []),
    ...(abilitiesOf(profiles).seesOwnChildren
      ? me.children.map((child) => ({
          href: paths.planningWeek('person', child.personId),
          label: format.fill(menu.childPlanning, { name: child.firstName }),
        }))
      : []),
    ...(searchesDirectory(profiles) ? [{ href: paths.directory, label: nav.directory }] : []),
    { href: paths.places, label: nav.places },
    ...(readsPlanning(profiles) ? [{ href: paths.planningDay(), label: nav.planning }] : []),
    ...(teaches ? [{ href: paths.ownProjects(), label: menu.ownProjects }] : []),
    ...(readsPlanning(profiles) && (!teaches || handlesSchoolProjects(profiles))
      ? [{ href: paths.projects(), label: menu.projects }]
      : []),
    ...(takesRollCall(profiles) ? [{ href: paths.attendance, label: format.messages.attendance.title }] : []),
    ...(followsAttendance(profiles)
      ? [{ href: paths.liveDay(), label: format.messages.attendance.day }]
      : []),
    ...(decidesAbsences(profiles)
      ? [{ href: paths.justifications, label: format.messages.attendance.absences.staffTitle }]
      : []),
    ...(keepsHomework(profiles) ? [{ href: paths.homework, label: format.messages.homework.title }] : []),
    ...(followsAbsences(profiles)
      ? [{ href: paths.absences, label: format.messages.attendance.absences.title }]
      : []),
    ...(keepsInstruments(profiles)
      ? [
          { href: paths.instruments(), label: format.messages.loans.title },
          { href: paths.loansDesk(), label: format.messages.loans.desk.title },
        ]
      : []),
    ...(borrowsInstruments(profiles)
      ? [{ href: paths.myLoans, label: format.messages.loans.mine.title }]
      : []),
    // T23 time
    ...(plansTeamTime(profiles) ? [{ href: paths.timeWeek(), label: format.messages.time.nav }] : []),
    ...(keepsOwnHours(profiles) && me.hasTimeContract
      ? [{ href: paths.myHours(), label: format.messages.time.mineNav }]
      : []),
    ...(makesBookings(profiles) ? [{ href: paths.booking(), label: booking.make }] : []),
    ...(managesBookings(profiles) ? [{ href: paths.bookingRequests, label: booking.manage }] : []),
    { href: paths.sharing, label: nav.sharing },
    ...(readsLiaisonBook(profiles) ? [{ href: paths.liaison, label: format.messages.liaison.title }] : []),
    ...(submitsRequests(profiles)
      ? [{ href: paths.requestForms, label: format.messages.requests.title }]
      : []),
    ...(createsGroups(profiles) || me.inWorkGroups
      ? [{ href: paths.workGroups, label: format.messages.workGroups.nav }]
      : []),
    ...(mergesDuplicates(profiles) ? [{ href: paths.duplicates, label: nav.duplicates }] : []),
    ...(abilitiesOf(profiles).makesActivationCodes
      ? [{ href: paths.activationCodes, label: nav.activationCodes }]
      : []),
    ...(importsDirectory(profiles)
      ? [
          { href: paths.imports(), label: nav.imports },
          { href: paths.schoolYears, label: nav.schoolYears },
        ]
      : []),
    ...(sells(profiles) ? [{ href: paths.sales, label: format.messages.sales.nav }] : []),
    ...(readsAudit(profiles) ? [{ href: paths.audit, label: format.messages.audit.nav }] : []),
    ...(profiles.includes('school-admin')
      ? [
          { href: paths.messageReports, label: format.messages.messagingSafety.reportsNav },
          { href: paths.messagingRules, label: format.messages.messagingSafety.settingsNav },
        ]
      : []),
  ];
};

/** The pages under a link of the menu that keep it current: the planning's own pages under « Planning »… */
const sections: readonly { href: string; pages: RegExp }[] = [
  { href: paths.planningDay(), pages: /^\/planning(\/|$)/ },
  { href: paths.projects(), pages: /^\/projets(\/|$)/ },
  { href: paths.ownProjects(), pages: /^\/projets\// },
  { href: paths.requestForms, pages: /^\/(formulaires|demandes)(\/|$)/ },
  { href: paths.liaison, pages: /^\/carnet\// },
  { href: paths.bookingRequests, pages: /^\/reservations\/(demandes|regles)$/ },
  { href: paths.workGroups, pages: /^\/groupes\// },
  { href: paths.homework, pages: /^\/cahier-de-textes\// },
  { href: paths.absences, pages: /^\/absences\// },
  { href: paths.attendance, pages: /^\/appel\// },
  { href: paths.instruments(), pages: /^\/instruments\// },
  { href: paths.myLoans, pages: /^\/emprunter$/ },
  { href: paths.loansDesk(), pages: /^\/prets$/ },
  { href: paths.messages, pages: /^\/messagerie(\/|$)/ },
  { href: paths.sales, pages: /^\/ventes\// },
];

/**
 * The one link of the menu the page at `pathname` belongs to: its own, or else the section it is part of (a
 * week under « Planning », a project sheet under « Projets »); none for a page the menu does not lead to.
 */
export const currentLinkOf = (links: readonly MenuLink[], pathname: string): string | undefined => {
  const hrefs = links.map(({ href }) => href);
  const own = hrefs.find((href) => href.split('?')[0] === pathname);
  if (own) return own;
  return sections.find(({ href, pages }) => hrefs.includes(href) && pages.test(pathname))?.href;
};
