/** A page of the web app, read from its address; the server answers every such address with index.html. */
export type Route =
  | { page: 'home' }
  | { page: 'sign-in'; username: string }
  | { page: 'activation'; code: string }
  | { page: 'places' }
  | { page: 'person'; personId: string }
  | { page: 'class'; classId: string }
  | { page: 'activation-codes' }
  | { page: 'imports'; jobId: string }
  | { page: 'directory' }
  | { page: 'duplicates' }
  | { page: 'school-years' }
  | { page: 'not-found' };

/** The addresses of the pages, French like the first language of Préau. */
export const paths = {
  home: '/',
  signIn: (username?: string) =>
    username ? `/connexion?${new URLSearchParams({ identifiant: username })}` : '/connexion',
  activation: '/activation',
  places: '/lieux',
  person: (personId: string) => `/personnes/${encodeURIComponent(personId)}`,
  class: (classId: string) => `/classes/${encodeURIComponent(classId)}`,
  activationCodes: '/activation-codes',
  /** The report of a job has an address of its own, so that a reload or a link finds it again. */
  imports: (jobId?: string) => (jobId ? `/imports?${new URLSearchParams({ job: jobId })}` : '/imports'),
  directory: '/annuaire',
  duplicates: '/doublons',
  schoolYears: '/annee-scolaire',
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
  if (path === '/imports') return { page: 'imports', jobId: query.get('job')?.trim() ?? '' };
  if (path === '/connexion') return { page: 'sign-in', username: query.get('identifiant')?.trim() ?? '' };
  if (path === '/activation') return { page: 'activation', code: query.get('code')?.trim() ?? '' };
  const [, section, id, ...rest] = path.split('/');
  const decoded = id && rest.length === 0 ? decodeSegment(id) : undefined;
  if (decoded && section === 'personnes') return { page: 'person', personId: decoded };
  if (decoded && section === 'classes') return { page: 'class', classId: decoded };
  return { page: 'not-found' };
};

const decodeSegment = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
};

/** Activation is for people who cannot sign in yet; every other page shows the sign-in form until they do. */
export const needsSignIn = (route: Route) => route.page !== 'activation';
