import type { ProjectKind } from '#domain/planning/project';
import { type ResourceKind, resourceKinds } from '#domain/planning/resource-kinds';
import {
  type DayView,
  dayViewFromSearch,
  type FreePlaceSearch,
  freePlaceSearchFromSearch,
  projectKindFromSearch,
  searchOfDayView,
  searchOfFreePlaceSearch,
  searchOfWeekView,
  type WeekView,
  weekViewFromSearch,
} from './planning/planning-in-url';
import { offerRouteOf, type SalesRoute, salesPaths, salesRouteOf } from './sales/sales-routes';
import { shellPaths } from './shell/routing/shell-paths';

/** A page of the web app, read from its address; the server answers every such address with index.html. */
export type Route =
  | { page: 'home' }
  | { page: 'sign-in'; username: string }
  | { page: 'activation'; code: string }
  | { page: 'password-reset'; username: string }
  | { page: 'places' }
  | { page: 'person'; personId: string }
  | { page: 'class'; classId: string }
  | { page: 'activation-codes' }
  | { page: 'imports'; jobId: string }
  | { page: 'directory' }
  | { page: 'duplicates' }
  | { page: 'school-years' }
  | { page: 'planning-day'; view: DayView }
  | { page: 'planning-week'; kind: ResourceKind; id: string; view: WeekView }
  | { page: 'free-places'; search: FreePlaceSearch }
  | { page: 'projects'; kind?: ProjectKind; mine?: true }
  | { page: 'project'; projectId: string }
  | { page: 'sharing' }
  | { page: 'booking'; placeId: string }
  | { page: 'booking-requests' }
  | { page: 'booking-rules' }
  | { page: 'request-forms' }
  | { page: 'fill-form'; formId: string; projectId: string }
  | { page: 'form-editor'; formId?: string }
  | { page: 'request'; requestId: string }
  | { page: 'audit' }
  | { page: 'work-groups' }
  | { page: 'new-work-group' }
  | { page: 'work-group'; groupId: string }
  | { page: 'notifications' }
  | { page: 'notification-preferences' }
  | { page: 'liaison' }
  | { page: 'liaison-note'; noteId: string }
  | { page: 'messages'; query: string }
  | { page: 'conversation'; conversationId: string }
  | { page: 'compose-message' }
  | { page: 'message-reports' }
  | { page: 'messaging-rules' }
  | { page: 'homework' }
  | { page: 'homework-session'; activityId: string; seriesDate: string }
  | { page: 'homework-book'; kind: 'class' | 'teacher'; id: string }
  | { page: 'absences'; personId?: string }
  | { page: 'justifications' }
  | { page: 'attendance' }
  | { page: 'attendance-register'; activityId: string; seriesDate: string }
  | { page: 'attendance-day'; date: string }
  | { page: 'instruments'; family: string }
  | { page: 'instrument'; itemId: string }
  | { page: 'instrument-new'; family: string }
  | { page: 'instruments-import' }
  | { page: 'loan'; loanId: string }
  // L3 overdue and campaign
  | { page: 'instruments-overdue' }
  | { page: 'instruments-renewals'; year: string }
  | { page: 'my-instruments' }
  | { page: 'loan-request'; family: string; itemId: string }
  | { page: 'my-loans' }
  | { page: 'loans-desk'; status: string }
  | SalesRoute
  // T23 time
  | { page: 'time-week'; monday: string }
  | { page: 'my-hours'; monday: string }
  | { page: 'not-found' };

/** The addresses of the pages, French like the first language of Préau. */
export const paths = {
  ...shellPaths,
  places: '/lieux',
  person: (personId: string) => `/personnes/${encodeURIComponent(personId)}`,
  class: (classId: string) => `/classes/${encodeURIComponent(classId)}`,
  activationCodes: '/activation-codes',
  /** The report of a job has an address of its own, so that a reload or a link finds it again. */
  imports: (jobId?: string) => (jobId ? `/imports?${new URLSearchParams({ job: jobId })}` : '/imports'),
  directory: '/annuaire',
  duplicates: '/doublons',
  schoolYears: '/annee-scolaire',
  /** The places of the school over a day; the view (date, filters, open activity) goes in the query. */
  planningDay: (view: Partial<DayView> = {}) => `/planning${searchOfDayView(view)}`,
  /** The week of a place, a person, a class or a project around a date (this week without one). */
  planningWeek: (kind: ResourceKind, id: string, view: Partial<WeekView> = {}) =>
    `/planning/semaine/${kind}/${encodeURIComponent(id)}${searchOfWeekView(view)}`,
  freePlaces: (search: Partial<FreePlaceSearch> = {}) =>
    `/planning/salles-libres${searchOfFreePlaceSearch(search)}`,
  projects: (kind?: ProjectKind) => (kind ? `/projets?${new URLSearchParams({ kind })}` : '/projets'),
  /** The projects one takes part in, in person: a teacher's own. */
  ownProjects: (kind?: ProjectKind) =>
    kind ? `/mes-projets?${new URLSearchParams({ kind })}` : '/mes-projets',
  project: (projectId: string) => `/projets/${encodeURIComponent(projectId)}`,
  /** One's calendar feeds; for planners, every feed and the mini-sites. */
  sharing: '/partage',
  /** A student books a room: any free one of their rights, or the one named (`salle`), to book it directly. */
  booking: (placeId?: string) =>
    placeId ? `/reservations?${new URLSearchParams({ salle: placeId })}` : '/reservations',
  bookingRequests: '/reservations/demandes',
  bookingRules: '/reservations/regles',
  /** The forms one may fill, one's requests, and for the team those to handle. */
  requestForms: '/formulaires',
  /** A form to fill, for the project chosen when there is one. */
  fillForm: (formId: string, projectId?: string) =>
    `/formulaires/${encodeURIComponent(formId)}${projectId ? `?${new URLSearchParams({ projet: projectId })}` : ''}`,
  newForm: '/formulaires/nouveau',
  editForm: (formId: string) => `/formulaires/${encodeURIComponent(formId)}/modifier`,
  request: (requestId: string) => `/demandes/${encodeURIComponent(requestId)}`,
  /** The school's audit trail; its filters go in the query. */
  audit: '/journal',
  /** One's work groups, a new one, and a group's page (members, documents, discussion). */
  workGroups: '/groupes',
  newWorkGroup: '/groupes/nouveau',
  workGroup: (groupId: string) => `/groupes/${encodeURIComponent(groupId)}`,
  /** One's notifications, and one's choices of how they reach one. */
  notifications: '/notifications',
  notificationPreferences: '/notifications/preferences',
  /** The liaison book: a family's notes to sign, or the notes one wrote and the form to write one. */
  liaison: '/carnet',
  liaisonNote: (noteId: string) => `/carnet/${encodeURIComponent(noteId)}`,
  /** One's conversations; a search in them goes in the query. */
  messages: '/messagerie',
  composeMessage: '/messagerie/nouveau',
  conversation: (conversationId: string) => `/messagerie/${encodeURIComponent(conversationId)}`,
  /** School life, messages: the administrators' reports list and the school's rules of who may write to whom. */
  messageReports: '/messagerie/signalements',
  messagingRules: '/messagerie/regles',
  /** The homework book: one's work by due day, a teacher's sessions, the classes' books. */
  homework: '/cahier-de-textes',
  homeworkSession: (activityId: string, seriesDate: string) =>
    `/cahier-de-textes/seance/${encodeURIComponent(activityId)}/${encodeURIComponent(seriesDate)}`,
  homeworkBook: (kind: 'class' | 'teacher', id: string) =>
    `/cahier-de-textes/${kind === 'class' ? 'classe' : 'professeur'}/${encodeURIComponent(id)}`,
  /** Absences: one's own or one's children's, one pupil's (where a notification leads), vie scolaire's reasons. */
  absences: '/absences',
  pupilAbsences: (personId: string) => `/absences/${encodeURIComponent(personId)}`,
  justifications: '/vie-scolaire/absences',
  /** The roll call: a teacher's courses of the day, a course's register, vie scolaire's live day. */
  attendance: '/appel',
  register: (activityId: string, seriesDate: string) =>
    `/appel/${encodeURIComponent(activityId)}/${encodeURIComponent(seriesDate)}`,
  liveDay: (date?: string) => (date ? `/vie-scolaire?jour=${encodeURIComponent(date)}` : '/vie-scolaire'),
  /** Instruments: the inventory by family, an item's sheet (where its QR label leads), a new item, the import. */
  instruments: (family?: string) =>
    family ? `/instruments?${new URLSearchParams({ famille: family })}` : '/instruments',
  instrument: (itemId: string) => `/instruments/${encodeURIComponent(itemId)}`,
  newInstrument: (family?: string) =>
    family ? `/instruments/nouveau?${new URLSearchParams({ famille: family })}` : '/instruments/nouveau',
  instrumentsImport: '/instruments/import',
  /** A loan's form: its contract, signature, insurance, hand-over and return. */
  loan: (loanId: string) => `/prets/${encodeURIComponent(loanId)}`,
  /** L3: the desk's « Relances », the yearly campaign's screen, a borrower's (or family's) renewals to answer. */
  instrumentsOverdue: '/instruments/relances',
  instrumentsRenewals: (year?: string) =>
    year
      ? `/instruments/renouvellements?${new URLSearchParams({ annee: year })}`
      : '/instruments/renouvellements',
  myInstruments: '/mes-instruments',
  /** Loans: asking to borrow (an item from its page or the catalogue's link, or any of a kind), one's loans, the desk. */
  loanRequest: (family?: string, itemId?: string) => {
    const query = new URLSearchParams({
      ...(family && { famille: family }),
      ...(itemId && { instrument: itemId }),
    });
    return query.size > 0 ? `/emprunter?${query}` : '/emprunter';
  },
  myLoans: '/mes-prets',
  loansDesk: (status?: string) => (status ? `/prets?${new URLSearchParams({ statut: status })}` : '/prets'),
  /** Sales (hiring the halls out): the module's own table, `web/src/sales/sales-routes.ts`. */
  ...salesPaths,
  /** T23 time: the technical team's week (a day of it in `semaine` shows its week), one's own hours. */
  timeWeek: (monday?: string) => (monday ? `/temps?${new URLSearchParams({ semaine: monday })}` : '/temps'),
  myHours: (monday?: string) =>
    monday ? `/mes-heures?${new URLSearchParams({ semaine: monday })}` : '/mes-heures',
};

/** The page at an address; a trailing slash is ignored and a malformed one is not found. */
export const routeOf = (pathname: string, search = ''): Route => {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const query = new URLSearchParams(search);
  if (path === '/') return { page: 'home' };
  if (path === '/lieux') return { page: 'places' };
  if (path === '/activation-codes') return { page: 'activation-codes' };
  if (path === '/annuaire') return { page: 'directory' };
  if (path === '/doublons') return { page: 'duplicates' };
  if (path === '/annee-scolaire') return { page: 'school-years' };
  if (path === '/partage') return { page: 'sharing' };
  if (path === '/reservations') return { page: 'booking', placeId: query.get('salle')?.trim() ?? '' };
  if (path === '/reservations/demandes') return { page: 'booking-requests' };
  if (path === '/reservations/regles') return { page: 'booking-rules' };
  if (path === '/imports') return { page: 'imports', jobId: query.get('job')?.trim() ?? '' };
  if (path === '/connexion') return { page: 'sign-in', username: query.get('identifiant')?.trim() ?? '' };
  if (path === '/activation') return { page: 'activation', code: query.get('code')?.trim() ?? '' };
  if (path === '/mot-de-passe-oublie')
    return { page: 'password-reset', username: query.get('identifiant')?.trim() ?? '' };
  if (path === '/planning') return { page: 'planning-day', view: dayViewFromSearch(search) };
  if (path === '/planning/salles-libres')
    return { page: 'free-places', search: freePlaceSearchFromSearch(search) };
  if (path === '/projets') return { page: 'projects', kind: projectKindFromSearch(search) };
  if (path === '/mes-projets') return { page: 'projects', kind: projectKindFromSearch(search), mine: true };
  if (path === '/formulaires') return { page: 'request-forms' };
  if (path === '/journal') return { page: 'audit' };
  if (path === '/groupes') return { page: 'work-groups' };
  if (path === '/groupes/nouveau') return { page: 'new-work-group' };
  if (path === '/notifications') return { page: 'notifications' };
  if (path === '/notifications/preferences') return { page: 'notification-preferences' };
  if (path === '/carnet') return { page: 'liaison' };
  if (path === '/messagerie') return { page: 'messages', query: query.get('q')?.trim() ?? '' };
  if (path === '/messagerie/nouveau') return { page: 'compose-message' };
  if (path === '/messagerie/signalements') return { page: 'message-reports' };
  if (path === '/messagerie/regles') return { page: 'messaging-rules' };
  if (path === '/cahier-de-textes') return { page: 'homework' };
  if (path === '/absences') return { page: 'absences' };
  if (path === '/vie-scolaire/absences') return { page: 'justifications' };
  const homework = /^\/cahier-de-textes\/(seance|classe|professeur)\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (homework) {
    const [, section, first, second] = homework;
    const id = first ? decodeSegment(first) : undefined;
    if (section === 'seance') {
      const seriesDate = second ? decodeSegment(second) : undefined;
      return id && seriesDate
        ? { page: 'homework-session', activityId: id, seriesDate }
        : { page: 'not-found' };
    }
    if (!id || second !== undefined) return { page: 'not-found' };
    return { page: 'homework-book', kind: section === 'classe' ? 'class' : 'teacher', id };
  }
  if (path.startsWith('/devis/')) return offerRouteOf(path) ?? { page: 'not-found' };
  if (path === '/ventes' || path.startsWith('/ventes/'))
    return salesRouteOf(path, query) ?? { page: 'not-found' };
  if (path === '/appel') return { page: 'attendance' };
  if (path === '/instruments') return { page: 'instruments', family: query.get('famille')?.trim() ?? '' };
  if (path === '/instruments/nouveau')
    return { page: 'instrument-new', family: query.get('famille')?.trim() ?? '' };
  if (path === '/instruments/import') return { page: 'instruments-import' };
  if (path === '/instruments/relances') return { page: 'instruments-overdue' };
  if (path === '/instruments/renouvellements')
    return { page: 'instruments-renewals', year: query.get('annee')?.trim() ?? '' };
  if (path === '/mes-instruments') return { page: 'my-instruments' };
  if (path === '/emprunter')
    return {
      page: 'loan-request',
      family: query.get('famille')?.trim() ?? '',
      itemId: query.get('instrument')?.trim() ?? '',
    };
  if (path === '/mes-prets') return { page: 'my-loans' };
  if (path === '/prets') return { page: 'loans-desk', status: query.get('statut')?.trim() ?? '' };
  // T23 time
  if (path === '/temps') return { page: 'time-week', monday: query.get('semaine')?.trim() ?? '' };
  if (path === '/mes-heures') return { page: 'my-hours', monday: query.get('semaine')?.trim() ?? '' };
  const instrument = /^\/instruments\/([^/]+)$/.exec(path);
  if (instrument) {
    const itemId = instrument[1] ? decodeSegment(instrument[1]) : undefined;
    return itemId ? { page: 'instrument', itemId } : { page: 'not-found' };
  }
  const loan = /^\/prets\/([^/]+)$/.exec(path);
  if (loan) {
    const loanId = loan[1] ? decodeSegment(loan[1]) : undefined;
    return loanId ? { page: 'loan', loanId } : { page: 'not-found' };
  }
  if (path === '/vie-scolaire') return { page: 'attendance-day', date: query.get('jour')?.trim() ?? '' };
  const register = /^\/appel\/([^/]+)\/([^/]+)$/.exec(path);
  if (register) {
    const activityId = register[1] ? decodeSegment(register[1]) : undefined;
    const seriesDate = register[2] ? decodeSegment(register[2]) : undefined;
    return activityId && seriesDate
      ? { page: 'attendance-register', activityId, seriesDate }
      : { page: 'not-found' };
  }
  if (path === '/formulaires/nouveau') return { page: 'form-editor' };
  const formEditor = /^\/formulaires\/([^/]+)\/modifier$/.exec(path);
  if (formEditor) {
    const formId = formEditor[1] ? decodeSegment(formEditor[1]) : undefined;
    return formId ? { page: 'form-editor', formId } : { page: 'not-found' };
  }
  const week = /^\/planning\/semaine\/([^/]+)\/([^/]+)$/.exec(path);
  if (week) {
    const [, kind, segment] = week;
    const id = segment ? decodeSegment(segment) : undefined;
    if (resourceKinds.includes(kind as ResourceKind) && id) {
      return { page: 'planning-week', kind: kind as ResourceKind, id, view: weekViewFromSearch(search) };
    }
    return { page: 'not-found' };
  }
  const [, section, id, ...rest] = path.split('/');
  const decoded = id && rest.length === 0 ? decodeSegment(id) : undefined;
  if (decoded && section === 'personnes') return { page: 'person', personId: decoded };
  if (decoded && section === 'classes') return { page: 'class', classId: decoded };
  if (decoded && section === 'projets') return { page: 'project', projectId: decoded };
  if (decoded && section === 'formulaires') {
    return { page: 'fill-form', formId: decoded, projectId: query.get('projet')?.trim() ?? '' };
  }
  if (decoded && section === 'demandes') return { page: 'request', requestId: decoded };
  if (decoded && section === 'absences') return { page: 'absences', personId: decoded };
  if (decoded && section === 'groupes') return { page: 'work-group', groupId: decoded };
  if (decoded && section === 'carnet') return { page: 'liaison-note', noteId: decoded };
  if (decoded && section === 'messagerie') return { page: 'conversation', conversationId: decoded };
  return { page: 'not-found' };
};

const decodeSegment = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
};

/**
 * Activation and password reset are for people who cannot sign in, a quote's page (`/devis/<token>`) for clients
 * who have no account; every other page shows the sign-in form until they do.
 */
export const needsSignIn = (route: Route) =>
  route.page !== 'activation' && route.page !== 'password-reset' && route.page !== 'offer';
