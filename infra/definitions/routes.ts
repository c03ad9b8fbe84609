/**
 * The route table: every HTTP route of a school's API and the handler file that serves it.
 * The CDK stack creates one API Gateway route per entry, served by the Lambda function of its service; the local
 * server reads the same table. A handler id `places/create-place` is the file `functions/places/create-place.ts`.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a function may touch; the stack turns each need into a least-privilege grant. */
export interface FunctionNeeds {
  table?: 'read' | 'readWrite';
  bus?: 'publish';
  documents?: 'read' | 'readWrite';
  site?: 'read' | 'readWrite';
  /**
   * The school's user pool: `sessions` signs people in and out through the web client; `accounts` also creates
   * accounts and sets passwords (activation).
   */
  identity?: 'sessions' | 'accounts';
  /** Signs calendar feed URLs with the school's key (its id, and its private key's secret). */
  feeds?: 'sign';
}

/**
 * The Lambda function a route runs in. Routes are grouped by what they do and what they weigh, a function per
 * group: a school stack stays far below CloudFormation's 500 resources, synthesis stays quick, and a heavy
 * dependency (pdfkit for letters) never slows the cold start of a light route (signing in).
 */
export const apiServices = [
  'public',
  'places',
  'directory',
  'letters',
  'imports',
  'exports',
  'planning',
  'sharing',
] as const;
export type ApiService = (typeof apiServices)[number];

export interface Route {
  method: HttpMethod;
  /** API Gateway path syntax: `/api/places/{placeId}`. */
  path: string;
  handler: string;
  service: ApiService;
  /** `public` routes have no authorizer; every other route requires a valid token of the school's user pool. */
  access: 'public' | 'signed-in';
  needs: FunctionNeeds;
  summary: string;
  /** For the rare route that needs more than the default 10 s; API Gateway waits 30 s at most. */
  timeoutSeconds?: number;
}

export const routes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/health',
    handler: 'health/get-health',
    service: 'public',
    access: 'public',
    needs: {},
    summary: 'Says the API is up and which school it serves',
  },
  {
    method: 'GET',
    path: '/api/places',
    handler: 'places/list-places',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Lists places, by kind or by site',
  },
  {
    method: 'POST',
    path: '/api/places',
    handler: 'places/create-place',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Creates a place',
  },
  {
    method: 'GET',
    path: '/api/places/{placeId}',
    handler: 'places/get-place',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Reads one place',
  },
  {
    method: 'PATCH',
    path: '/api/places/{placeId}',
    handler: 'places/update-place',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Changes some fields of a place',
  },
  {
    method: 'POST',
    path: '/api/places/{placeId}/archive',
    handler: 'places/archive-place',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Archives a place: it leaves the lists but keeps its history',
  },
  {
    method: 'POST',
    path: '/api/places/{placeId}/restore',
    handler: 'places/restore-place',
    service: 'places',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Brings an archived place back',
  },
  {
    method: 'POST',
    path: '/api/session',
    handler: 'identity/sign-in',
    service: 'public',
    access: 'public',
    needs: { identity: 'sessions' },
    summary: 'Signs in with a username and a password: an access token, and the session cookie',
  },
  {
    method: 'POST',
    path: '/api/session/refresh',
    handler: 'identity/refresh-session',
    service: 'public',
    access: 'public',
    needs: { identity: 'sessions' },
    summary: 'A new access token for the session in the cookie',
  },
  {
    method: 'DELETE',
    path: '/api/session',
    handler: 'identity/sign-out',
    service: 'public',
    access: 'public',
    needs: { identity: 'sessions' },
    summary: 'Signs out: the session is revoked and its cookie cleared',
  },
  {
    method: 'POST',
    path: '/api/activation',
    handler: 'identity/activate-account',
    service: 'public',
    access: 'public',
    needs: { table: 'readWrite', identity: 'accounts' },
    summary: 'Uses a one-time activation code to create an account (or set a new password)',
  },
  {
    method: 'GET',
    path: '/api/me',
    handler: 'identity/get-me',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Who is signed in: name, profiles, own children, own classes',
  },
  {
    method: 'POST',
    path: '/api/activation-batches',
    handler: 'identity/create-activation-batch',
    service: 'letters',
    access: 'signed-in',
    needs: { table: 'readWrite', documents: 'readWrite' },
    summary:
      'Issues activation codes to a class, a level or everyone without an account: CSV and PDF letters',
    // A whole school at the start of the year: some two thousand codes, and a letter per family.
    timeoutSeconds: 29,
  },
  {
    method: 'GET',
    path: '/api/activation-batches/{batchId}',
    handler: 'identity/get-activation-batch',
    service: 'letters',
    access: 'signed-in',
    needs: { table: 'read', documents: 'read' },
    summary: 'A batch of activation codes, with fresh links to its documents',
  },
  {
    method: 'GET',
    path: '/api/people',
    handler: 'people/search-people',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Finds people by name (accents and case ignored), class or kind',
  },
  {
    method: 'POST',
    path: '/api/people',
    handler: 'people/add-person',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Adds an outside contact (guest artist, supplier, client, partner) or a member of staff by hand',
  },
  {
    method: 'GET',
    path: '/api/people/{personId}',
    handler: 'people/get-person',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: "A person's sheet, if the reader's rights cover them",
  },
  {
    method: 'PATCH',
    path: '/api/people/{personId}',
    handler: 'people/update-person-contact',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: "Changes a person's e-mail or phone; the change goes to the audit trail",
  },
  {
    method: 'GET',
    path: '/api/people/{personId}/changes',
    handler: 'people/list-person-changes',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: "The audit trail of a person's data: who changed what, when",
  },
  {
    method: 'GET',
    path: '/api/classes',
    handler: 'classes/list-classes',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The classes the reader may see',
  },
  {
    method: 'GET',
    path: '/api/classes/{classId}/students',
    handler: 'classes/list-class-students',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: "A class's students, for its teachers and the staff",
  },
  {
    method: 'GET',
    path: '/api/duplicate-guardians',
    handler: 'duplicates/list-duplicate-guardians',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Guardians recorded twice (same name and a shared e-mail, phone or address), for review',
  },
  {
    method: 'POST',
    path: '/api/duplicate-guardians/merge',
    handler: 'duplicates/merge-guardians',
    service: 'directory',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Merges guardian records into one, keeping every child link and the history',
  },
  {
    method: 'POST',
    path: '/api/exports/oneroster',
    handler: 'imports/export-oneroster',
    service: 'exports',
    access: 'signed-in',
    needs: { table: 'read', documents: 'readWrite' },
    summary: 'Exports the directory as a OneRoster 1.2 CSV bundle (zip): a download link',
    // The whole directory is read: some 30,000 people for a town's schools.
    timeoutSeconds: 29,
  },
  {
    method: 'GET',
    path: '/api/planning/export',
    handler: 'planning/export-planning',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The final planning of a period, as a CSV for French Excel or JSON, for attendance sheets',
    // A term of a large school: a query per day, some thousands of occurrences.
    timeoutSeconds: 29,
  },

  {
    method: 'GET',
    path: '/api/school-years',
    handler: 'imports/get-school-years',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The current school year, and the next one while it is prepared from imports',
  },
  {
    method: 'POST',
    path: '/api/school-years/switch',
    handler: 'imports/request-year-switch',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Moves the school to the next year: the imports prepared for it are written',
  },
  {
    method: 'POST',
    path: '/api/imports',
    handler: 'imports/create-import',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'readWrite', documents: 'readWrite' },
    summary: 'Starts an import job (SIECLE, STSWEB, OneRoster, spreadsheet): one upload link per file',
  },
  {
    method: 'POST',
    path: '/api/imports/{jobId}/dry-run',
    handler: 'imports/request-dry-run',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Checks an import: what it would create, update and retire, and the problems, writing nothing',
  },
  {
    method: 'POST',
    path: '/api/imports/{jobId}/apply',
    handler: 'imports/request-apply',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Applies a checked import; a job that stopped half-way finishes without duplicates',
  },
  {
    method: 'GET',
    path: '/api/imports/{jobId}',
    handler: 'imports/get-import',
    service: 'imports',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'An import job: its status, progress, summary and problems',
  },
  {
    method: 'GET',
    path: '/api/projects',
    handler: 'planning/list-projects',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary:
      'Lists projects (courses, exams, productions, internal and external projects), by kind and status',
  },
  {
    method: 'POST',
    path: '/api/projects',
    handler: 'planning/create-project',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Creates a project with its members and classes',
  },
  {
    method: 'GET',
    path: '/api/projects/{projectId}',
    handler: 'planning/get-project',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'A project sheet: the project, its activities, its people and classes',
  },
  {
    method: 'PATCH',
    path: '/api/projects/{projectId}',
    handler: 'planning/update-project',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Changes a project: its sheet, status, members or classes',
  },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/activities',
    handler: 'planning/schedule-activity',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Plans an activity, once or weekly; refused on a conflict unless accepted',
  },
  {
    method: 'POST',
    path: '/api/planning/conflicts',
    handler: 'planning/check-conflicts',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The conflicts an activity would meet, saving nothing',
  },
  {
    method: 'GET',
    path: '/api/activities/{activityId}',
    handler: 'planning/get-activity',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'An activity: its occurrences and its current overlaps',
  },
  {
    method: 'POST',
    path: '/api/activities/{activityId}/move',
    handler: 'planning/move-activity',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Moves one occurrence or the rest of a series, re-checking conflicts',
  },
  {
    method: 'POST',
    path: '/api/activities/{activityId}/cancel',
    handler: 'planning/cancel-activity',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: 'Cancels one occurrence, the rest of a series, or the whole activity',
  },
  {
    method: 'GET',
    path: '/api/agenda/{kind}/{id}',
    handler: 'planning/get-agenda',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The planning of a place, a person, a class, a project or a piece of equipment, day by day',
  },
  {
    method: 'GET',
    path: '/api/planning/day',
    handler: 'planning/get-places-day',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'The general planning of a day: every place (of a site, of a kind) and its activities',
  },
  {
    method: 'GET',
    path: '/api/planning/free-places',
    handler: 'planning/find-free-places',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: 'Places free for a time span, with a capacity and equipment',
  },
  {
    method: 'GET',
    path: '/api/planning/calendar',
    handler: 'planning/get-calendar',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'read' },
    summary: "The school year's calendar: terms, holidays, closed days",
  },
  {
    method: 'PUT',
    path: '/api/planning/calendar',
    handler: 'planning/save-calendar',
    service: 'planning',
    access: 'signed-in',
    needs: { table: 'readWrite' },
    summary: "Saves a school year's calendar",
  },
  {
    method: 'POST',
    path: '/api/feeds',
    handler: 'sharing/create-feed',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary:
      "Makes a calendar feed of a person (one's own in one click), class, project, place or equipment: its signed https and webcal links",
  },
  {
    method: 'GET',
    path: '/api/feeds',
    handler: 'sharing/list-feeds',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary: 'The feeds one made, with their links; `all=true` lists every active feed (planners)',
  },
  {
    method: 'GET',
    path: '/api/feeds/{feedId}',
    handler: 'sharing/get-feed',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary: 'A feed with its links signed afresh',
  },
  {
    method: 'DELETE',
    path: '/api/feeds/{feedId}',
    handler: 'sharing/revoke-feed',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary: 'Revokes a feed: its file is removed and its links answer 403',
  },
  {
    method: 'POST',
    path: '/api/mini-sites',
    handler: 'sharing/create-mini-site',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary:
      'Composes a consultation mini-site of tabs (project sheets, plannings, daily bulletin): its secret address',
  },
  {
    method: 'GET',
    path: '/api/mini-sites',
    handler: 'sharing/list-mini-sites',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary: "The school's active mini-sites and their addresses",
  },
  {
    method: 'DELETE',
    path: '/api/mini-sites/{siteId}',
    handler: 'sharing/revoke-mini-site',
    service: 'sharing',
    access: 'signed-in',
    needs: { table: 'readWrite', site: 'readWrite', feeds: 'sign' },
    summary: 'Takes a mini-site down: its pages are removed',
  },
];
