import type { PlaceStatus } from '../../domain/places/place';

/**
 * The school table: one DynamoDB table per school, single-table design.
 * This module is the one source of truth for its key schema and indexes: the CDK stack, the local platform and
 * the repositories all read it. Every access pattern below is a key or index look-up; none scans.
 *
 * Access patterns
 * | pattern                                  | where | key condition                                          |
 * |------------------------------------------|-------|--------------------------------------------------------|
 * | a place by id                            | table | PK = PLACE#<id>, SK = PLACE                            |
 * | places of a status, by name              | GSI1  | GSI1PK = PLACES#<status>, GSI1SK begins_with ''        |
 * | places of a status and kind, by name     | GSI2  | GSI2PK = PLACES#<status>#KIND#<kind>                   |
 * | places of a status and site, by name     | GSI3  | GSI3PK = PLACES#<status>#SITE#<siteKey>                |
 * | journal of changes of a day, by time     | table | PK = JOURNAL#<yyyy-mm-dd>, SK begins_with ''           |
 * | seed marker of the demo school           | table | PK = SEED, SK = SEED                                   |
 * | an event waiting for the bus (outbox)    | table | PK = OUTBOX#<eventId>, SK = EVENT; read off the stream |
 * | a person by id                           | table | PK = PERSON#<id>, SK = PERSON                          |
 * | a guardian's children                    | table | PK = PERSON#<guardianId>, SK begins_with CHILD#        |
 * | a student's guardians                    | table | PK = PERSON#<studentId>, SK begins_with GUARDIAN#      |
 * | the classes a teacher teaches            | table | PK = PERSON#<teacherId>, SK begins_with TEACHES#       |
 * | does a teacher teach a class             | table | PK = PERSON#<teacherId>, SK = TEACHES#<classId>        |
 * | the audit trail of a person, by time     | table | PK = PERSON#<id>, SK begins_with CHANGE#               |
 * | people holding a profile                 | table | PK = PROFILE#<profile>, SK begins_with PERSON#         |
 * | the person of an account (token `sub`)   | table | PK = ACCOUNT#<sub>, SK = ACCOUNT                       |
 * | whose a username is                      | table | PK = USERNAME#<username>, SK = USERNAME                |
 * | an activation code, by its hash          | table | PK = ACTIVATION#<sha256>, SK = CODE (expires by TTL)   |
 * | an activation batch                      | table | PK = ACTIVATION-BATCH#<id>, SK = BATCH                 |
 * | a class by id                            | table | PK = CLASS#<id>, SK = CLASS                            |
 * | classes, by level and label              | GSI1  | GSI1PK = CLASSES, GSI1SK begins_with <level>#          |
 * | students of a class, by name             | GSI1  | GSI1PK = CLASS#<id>#STUDENTS                           |
 * | people without an account yet, by name   | GSI2  | GSI2PK = PEOPLE#NOT-ACTIVATED (sparse: removed on use) |
 * | active people by name (search, import)   | GSI3  | GSI3PK = PEOPLE#<initial a-z or _>, GSI3SK begins_with |
 * | retired people by name (import matching) | GSI3  | GSI3PK = RETIRED#<initial a-z or _>                    |
 * | every guardianship (imports)             | GSI2  | GSI2PK = GUARDIANSHIPS#<shard 0-9>, on CHILD# items    |
 * | every teaching link (imports)            | GSI2  | GSI2PK = TEACHING, on TEACHES# items                   |
 * | an import job                            | table | PK = IMPORT#<jobId>, SK = JOB                          |
 * | duplicate guardians to review            | table | PK = DUPLICATES#guardians, SK begins_with ''           |
 * | a spreadsheet source's column mapping    | table | PK = MAPPING#<source key>, SK = MAPPING                |
 * | the school years (current, next)         | table | PK = SCHOOL-YEARS, SK = SCHOOL-YEARS                   |
 * | a project by id                          | table | PK = PROJECT#<id>, SK = PROJECT                        |
 * | projects of a status (and kind), by name | GSI1  | GSI1PK = PROJECTS#<status>, GSI1SK begins_with <kind># |
 * | the projects a person takes part in      | table | PK = PERSON#<id>, SK begins_with PROJECT#              |
 * | an activity by id                        | table | PK = ACTIVITY#<id>, SK = ACTIVITY                      |
 * | the activities of a project              | GSI1  | GSI1PK = PROJECT#<id>#ACTIVITIES                       |
 * | a resource's day (conflicts, planning)   | table | PK = AGENDA#<kind>#<id>, SK = <yyyy-mm-dd>             |
 * | a resource's week, month                 | table | PK = AGENDA#<kind>#<id>, SK BETWEEN <from> AND <to>    |
 * | every place's day (general planning,     | GSI1  | GSI1PK = PLACES-ON#<yyyy-mm-dd>                        |
 * |   free places)                           |       |                                                        |
 * | every activity of a day (exports)        | GSI1  | GSI1PK = PROJECTS-ON#<yyyy-mm-dd>, on project days     |
 * | a calendar feed by id                    | table | PK = FEED#<id>, SK = FEED                              |
 * | feeds showing a resource (to regenerate) | table | PK = FEEDS-OF#<kind>#<id>, SK begins_with FEED#        |
 * | the feeds a person made                  | table | PK = PERSON#<id>, SK begins_with FEED#                 |
 * | every active feed (planners)             | GSI1  | GSI1PK = FEEDS#active                                  |
 * | a mini-site by id                        | table | PK = MINISITE#<id>, SK = MINISITE                      |
 * | mini-sites showing a resource            | table | PK = SITES-OF#<kind>#<id>, SK begins_with MINISITE#    |
 * | every active mini-site                   | GSI1  | GSI1PK = MINISITES#active                              |
 * | the booking rules of the curricula       | table | PK = BOOKING-RULES, SK = RULES                         |
 * | a booking request                        | table | PK = BOOKING-REQUEST#<id>, SK = REQUEST                |
 * | booking requests of a status, by time    | GSI1  | GSI1PK = BOOKING-REQUESTS#<status>                     |
 * | a student's booking requests, by time    | GSI2  | GSI2PK = BOOKING-REQUESTS-OF#<personId>                |
 * | a student's booked minutes of a week     | table | PK = BOOKED-MINUTES#<personId>, SK = <monday>          |
 * | the calendar of a school year            | table | PK = CALENDAR#<yyyy-yyyy>, SK = CALENDAR               |
 * | a request form                           | table | PK = REQUEST-FORM#<id>, SK = FORM                      |
 * | request forms of a status, by title      | GSI1  | GSI1PK = REQUEST-FORMS#<status>                        |
 * | a form request (a submitted form)        | table | PK = FORM-REQUEST#<id>, SK = REQUEST                   |
 * | form requests of a state, by time        | GSI1  | GSI1PK = FORM-REQUESTS#<state>                         |
 * | a person's form requests, by time        | GSI2  | GSI2PK = FORM-REQUESTS-OF#<personId>                   |
 * | a project's form requests, by time       | GSI3  | GSI3PK = FORM-REQUESTS-FOR#<projectId>                 |
 * | a signed-in session (refresh cookie)     | table | PK = SESSION#<id>, SK = SESSION (expires by TTL)       |
 * | attempts of a username, code or address  | table | PK = ATTEMPTS#<kind>#<key>, SK = ATTEMPTS (TTL)        |
 * | audit trail of a month, newest first     | table | PK = AUDIT#<yyyy-mm>, SK BETWEEN <from> AND <to>       |
 * | audit trail of a subject (person, feed…) | GSI1  | GSI1PK = AUDIT-OF#<subjectId>, GSI1SK BETWEEN          |
 * | audit trail of an actor (person, job…)   | GSI2  | GSI2PK = AUDIT-BY#<actorId>, GSI2SK BETWEEN            |
 * | audit trail of an action                 | GSI3  | GSI3PK = AUDIT-DID#<action>, GSI3SK BETWEEN            |
 * | the audit trail's settings (retention)   | table | PK = SETTINGS, SK = AUDIT                              |
 * | people by any word of their name, prefix | GSI3  | GSI3PK = NAME#<2 first letters>, GSI3SK begins_with    |
 * | the members of a group (LATIN, CHORALE)  | GSI1  | GSI1PK = CLASS#<groupId>#STUDENTS, on GROUP# items     |
 * | a person's name words, groups (rewrite)  | table | PK = PERSON#<id>, SK = NAME#<word>, GROUP#<groupId>    |
 *
 * A resource's day holds its occurrences (`e#<activityId>#<seriesDate>`) and marks of the hours and slots they
 * hold (`occupancy-marks.ts`): a conflicting write fails on a condition of that one item, in the same transaction
 * as the activity.
 *
 * Audit entries (`<at>#<entryId>` in every sort key, the instant in UTC) sit in a partition per month (a year is 13
 * queries at most) and in one index partition by subject, actor and action; a query picks the most selective key
 * it is given and filters the rest. They expire by TTL (`expiresAt`) after the school's retention.
 *
 * Outbox items are written in the same transaction as the change they announce; the table's stream hands each
 * new one to the relay function, which puts it on the school's bus. They expire after a day.
 */
export const schoolTable = {
  partitionKey: 'PK',
  sortKey: 'SK',
  timeToLiveAttribute: 'expiresAt',
  /** The stream carries new items to the outbox relay; new images are all it needs. */
  streamView: 'NEW_IMAGE',
  indexes: [
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  ],
} as const;

export const placeKeys = {
  item: (placeId: string) => ({ PK: `PLACE#${placeId}`, SK: 'PLACE' }),
  byStatus: (status: PlaceStatus) => ({ index: 'GSI1', partitionKey: `PLACES#${status}` }) as const,
  byKind: (status: PlaceStatus, kind: string) =>
    ({ index: 'GSI2', partitionKey: `PLACES#${status}#KIND#${kind}` }) as const,
  bySite: (status: PlaceStatus, siteKey: string) =>
    ({ index: 'GSI3', partitionKey: `PLACES#${status}#SITE#${siteKey}` }) as const,
  /** Index attributes of a place: one sort order (by name, then id) shared by every listing. */
  indexAttributes: (place: {
    id: string;
    status: PlaceStatus;
    kind: string;
    siteKey: string;
    sortName: string;
  }) => {
    const sortKey = `${place.sortName}#${place.id}`;
    return {
      GSI1PK: `PLACES#${place.status}`,
      GSI1SK: sortKey,
      GSI2PK: `PLACES#${place.status}#KIND#${place.kind}`,
      GSI2SK: sortKey,
      GSI3PK: `PLACES#${place.status}#SITE#${place.siteKey}`,
      GSI3SK: sortKey,
    };
  },
};

export const journalKeys = {
  entry: (occurredAt: string, eventId: string) => ({
    PK: `JOURNAL#${occurredAt.slice(0, 10)}`,
    SK: `${occurredAt}#${eventId}`,
  }),
  day: (day: string) => ({ PK: `JOURNAL#${day}` }),
};

export const outboxKeys = {
  event: (eventId: string) => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),
  /** The attribute value that marks an outbox item, which the stream filter of the relay selects. */
  entity: 'outbox',
};

export const seedKeys = {
  marker: () => ({ PK: 'SEED', SK: 'SEED' }),
  part: (part: string) => ({ PK: 'SEED', SK: `SEED#${part}` }),
};

export const personKeys = {
  item: (personId: string) => ({ PK: `PERSON#${personId}`, SK: 'PERSON' }),
  partition: (personId: string) => `PERSON#${personId}`,
  child: (guardianId: string, studentId: string) => ({
    PK: `PERSON#${guardianId}`,
    SK: `CHILD#${studentId}`,
  }),
  guardian: (studentId: string, guardianId: string) => ({
    PK: `PERSON#${studentId}`,
    SK: `GUARDIAN#${guardianId}`,
  }),
  teaches: (teacherId: string, classId: string) => ({ PK: `PERSON#${teacherId}`, SK: `TEACHES#${classId}` }),
  change: (personId: string, at: string, changeId: string) => ({
    PK: `PERSON#${personId}`,
    SK: `CHANGE#${at}#${changeId}`,
  }),
  profileMember: (profile: string, personId: string) => ({
    PK: `PROFILE#${profile}`,
    SK: `PERSON#${personId}`,
  }),
  prefixes: {
    child: 'CHILD#',
    guardian: 'GUARDIAN#',
    teaches: 'TEACHES#',
    change: 'CHANGE#',
  },
  studentsOf: (classId: string) => ({ index: 'GSI1', partitionKey: `CLASS#${classId}#STUDENTS` }) as const,
  notActivated: () => ({ index: 'GSI2', partitionKey: 'PEOPLE#NOT-ACTIVATED' }) as const,
  /**
   * People by name, in one partition per initial: a name search reads one, an import's writes spread over 27.
   * Retired people have partitions of their own, read by imports only (a student who comes back).
   */
  byName: (initial: string, status: 'active' | 'retired' = 'active') =>
    ({ index: 'GSI3', partitionKey: `${status === 'active' ? 'PEOPLE' : 'RETIRED'}#${initial}` }) as const,
  nameInitials: [...'abcdefghijklmnopqrstuvwxyz', '_'],
  /**
   * Index attributes of a person: by name, in their class's register, among those without an account yet. A
   * retired person is only in the retired partitions by name.
   */
  indexAttributes: (person: {
    personId: string;
    sortName: string;
    classId?: string;
    activated: boolean;
    retired: boolean;
  }) => {
    const sortKey = `${person.sortName}#${person.personId}`;
    const initial = /^[a-z]/.test(person.sortName) ? person.sortName[0] : '_';
    if (person.retired) return { GSI3PK: `RETIRED#${initial}`, GSI3SK: sortKey };
    return {
      GSI3PK: `PEOPLE#${initial}`,
      GSI3SK: sortKey,
      ...(person.classId && { GSI1PK: `CLASS#${person.classId}#STUDENTS`, GSI1SK: sortKey }),
      ...(!person.activated && { GSI2PK: 'PEOPLE#NOT-ACTIVATED', GSI2SK: sortKey }),
    };
  },
};

/** The links between people and classes, indexed so that an import reads them all without a scan. */
export const linkKeys = {
  guardianshipShards: 10,
  guardianships: (shard: number) => ({ index: 'GSI2', partitionKey: `GUARDIANSHIPS#${shard}` }) as const,
  teaching: () => ({ index: 'GSI2', partitionKey: 'TEACHING' }) as const,
  /** A guardian's links spread over the shards by the guardian's id, so an import's writes do not queue on one. */
  guardianshipIndexAttributes: (guardianId: string, studentId: string) => ({
    GSI2PK: `GUARDIANSHIPS#${[...guardianId].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 10}`,
    GSI2SK: `${guardianId}#${studentId}`,
  }),
  teachingIndexAttributes: (teacherId: string, classId: string) => ({
    GSI2PK: 'TEACHING',
    GSI2SK: `${teacherId}#${classId}`,
  }),
};

export const classKeys = {
  item: (classId: string) => ({ PK: `CLASS#${classId}`, SK: 'CLASS' }),
  all: () => ({ index: 'GSI1', partitionKey: 'CLASSES' }) as const,
  indexAttributes: (schoolClass: { level: string; label: string; classId: string }) => ({
    GSI1PK: 'CLASSES',
    GSI1SK: `${schoolClass.level}#${schoolClass.label}#${schoolClass.classId}`,
  }),
};

export const duplicateKeys = {
  guardians: () => ({ partitionKey: 'DUPLICATES#guardians' }),
  group: (groupKey: string) => ({ PK: 'DUPLICATES#guardians', SK: groupKey }),
};

export const importKeys = {
  job: (jobId: string) => ({ PK: `IMPORT#${jobId}`, SK: 'JOB' }),
  mapping: (sourceKey: string) => ({ PK: `MAPPING#${sourceKey}`, SK: 'MAPPING' }),
  schoolYears: () => ({ PK: 'SCHOOL-YEARS', SK: 'SCHOOL-YEARS' }),
};

export const accountKeys = {
  account: (accountId: string) => ({ PK: `ACCOUNT#${accountId}`, SK: 'ACCOUNT' }),
  username: (username: string) => ({ PK: `USERNAME#${username}`, SK: 'USERNAME' }),
  code: (codeHash: string) => ({ PK: `ACTIVATION#${codeHash}`, SK: 'CODE' }),
  batch: (batchId: string) => ({ PK: `ACTIVATION-BATCH#${batchId}`, SK: 'BATCH' }),
};

export const planningKeys = {
  project: (projectId: string) => ({ PK: `PROJECT#${projectId}`, SK: 'PROJECT' }),
  projects: (status: string) => ({ index: 'GSI1', partitionKey: `PROJECTS#${status}` }) as const,
  projectIndexAttributes: (project: { id: string; status: string; kind: string; sortName: string }) => ({
    GSI1PK: `PROJECTS#${project.status}`,
    GSI1SK: `${project.kind}#${project.sortName}#${project.id}`,
  }),
  membership: (personId: string, projectId: string) => ({
    PK: `PERSON#${personId}`,
    SK: `PROJECT#${projectId}`,
  }),
  activity: (activityId: string) => ({ PK: `ACTIVITY#${activityId}`, SK: 'ACTIVITY' }),
  activitiesOf: (projectId: string) =>
    ({ index: 'GSI1', partitionKey: `PROJECT#${projectId}#ACTIVITIES` }) as const,
  activityIndexAttributes: (activity: { id: string; projectId: string; createdAt: string }) => ({
    GSI1PK: `PROJECT#${activity.projectId}#ACTIVITIES`,
    GSI1SK: `${activity.createdAt}#${activity.id}`,
  }),
  agenda: (kind: string, id: string) => `AGENDA#${kind}#${id}`,
  day: (kind: string, id: string, date: string) => ({ PK: `AGENDA#${kind}#${id}`, SK: date }),
  placesOn: (date: string) => ({ index: 'GSI1', partitionKey: `PLACES-ON#${date}` }) as const,
  placeDayIndexAttributes: (placeId: string, date: string) => ({
    GSI1PK: `PLACES-ON#${date}`,
    GSI1SK: placeId,
  }),
  /** Each occurrence is in its project's day: a day of every project is every activity of the day. */
  projectsOn: (date: string) => ({ index: 'GSI1', partitionKey: `PROJECTS-ON#${date}` }) as const,
  projectDayIndexAttributes: (projectId: string, date: string) => ({
    GSI1PK: `PROJECTS-ON#${date}`,
    GSI1SK: projectId,
  }),
  /** The attribute of an occurrence in a resource's day. */
  entryPrefix: 'e#',
  calendar: (schoolYear: string) => ({ PK: `CALENDAR#${schoolYear}`, SK: 'CALENDAR' }),
};

export const sharingKeys = {
  feed: (feedId: string) => ({ PK: `FEED#${feedId}`, SK: 'FEED' }),
  feedIndexAttributes: (feed: { feedId: string; status: string; createdAt: string }) =>
    feed.status === 'active' ? { GSI1PK: 'FEEDS#active', GSI1SK: `${feed.createdAt}#${feed.feedId}` } : {},
  activeFeeds: () => ({ index: 'GSI1', partitionKey: 'FEEDS#active' }) as const,
  feedOf: (kind: string, id: string, feedId: string) => ({
    PK: `FEEDS-OF#${kind}#${id}`,
    SK: `FEED#${feedId}`,
  }),
  feedsOf: (kind: string, id: string) => ({ partitionKey: `FEEDS-OF#${kind}#${id}` }),
  feedBy: (personId: string, feedId: string) => ({ PK: `PERSON#${personId}`, SK: `FEED#${feedId}` }),
  feedPrefix: 'FEED#',
  site: (siteId: string) => ({ PK: `MINISITE#${siteId}`, SK: 'MINISITE' }),
  siteIndexAttributes: (site: { siteId: string; status: string; createdAt: string }) =>
    site.status === 'active'
      ? { GSI1PK: 'MINISITES#active', GSI1SK: `${site.createdAt}#${site.siteId}` }
      : {},
  activeSites: () => ({ index: 'GSI1', partitionKey: 'MINISITES#active' }) as const,
  siteOf: (kind: string, id: string, siteId: string) => ({
    PK: `SITES-OF#${kind}#${id}`,
    SK: `MINISITE#${siteId}`,
  }),
  sitesOf: (kind: string, id: string) => ({ partitionKey: `SITES-OF#${kind}#${id}` }),
};

export const bookingKeys = {
  rules: () => ({ PK: 'BOOKING-RULES', SK: 'RULES' }),
  request: (requestId: string) => ({ PK: `BOOKING-REQUEST#${requestId}`, SK: 'REQUEST' }),
  requestIndexAttributes: (request: {
    requestId: string;
    status: string;
    studentId: string;
    createdAt: string;
  }) => ({
    GSI1PK: `BOOKING-REQUESTS#${request.status}`,
    GSI1SK: `${request.createdAt}#${request.requestId}`,
    GSI2PK: `BOOKING-REQUESTS-OF#${request.studentId}`,
    GSI2SK: `${request.createdAt}#${request.requestId}`,
  }),
  byStatus: (status: string) => ({ index: 'GSI1', partitionKey: `BOOKING-REQUESTS#${status}` }) as const,
  ofStudent: (personId: string) =>
    ({ index: 'GSI2', partitionKey: `BOOKING-REQUESTS-OF#${personId}` }) as const,
  /** The count of a person's minutes of room bookings in the ISO week of `monday`, moved with each booking. */
  bookedMinutes: (personId: string, monday: string) => ({ PK: `BOOKED-MINUTES#${personId}`, SK: monday }),
};

export const requestKeys = {
  form: (formId: string) => ({ PK: `REQUEST-FORM#${formId}`, SK: 'FORM' }),
  formIndexAttributes: (form: { id: string; status: string; sortTitle: string }) => ({
    GSI1PK: `REQUEST-FORMS#${form.status}`,
    GSI1SK: `${form.sortTitle}#${form.id}`,
  }),
  formsOfStatus: (status: string) => ({ index: 'GSI1', partitionKey: `REQUEST-FORMS#${status}` }) as const,
  request: (requestId: string) => ({ PK: `FORM-REQUEST#${requestId}`, SK: 'REQUEST' }),
  /** One time order (submitted, then id) in every listing: of a state, of a submitter, of a project. */
  requestIndexAttributes: (request: {
    id: string;
    state: string;
    submitterId: string;
    projectId: string;
    submittedAt: string;
  }) => {
    const sortKey = `${request.submittedAt}#${request.id}`;
    return {
      GSI1PK: `FORM-REQUESTS#${request.state}`,
      GSI1SK: sortKey,
      GSI2PK: `FORM-REQUESTS-OF#${request.submitterId}`,
      GSI2SK: sortKey,
      GSI3PK: `FORM-REQUESTS-FOR#${request.projectId}`,
      GSI3SK: sortKey,
    };
  },
  inState: (state: string) => ({ index: 'GSI1', partitionKey: `FORM-REQUESTS#${state}` }) as const,
  submittedBy: (personId: string) =>
    ({ index: 'GSI2', partitionKey: `FORM-REQUESTS-OF#${personId}` }) as const,
  forProject: (projectId: string) =>
    ({ index: 'GSI3', partitionKey: `FORM-REQUESTS-FOR#${projectId}` }) as const,
};

/** Sessions (one per sign-in, holding its refresh generation) and the counters that limit sign-in attempts. */
export const sessionKeys = {
  session: (sessionId: string) => ({ PK: `SESSION#${sessionId}`, SK: 'SESSION' }),
  /** One counter per limited key (`kind` names the limit: `sign-in-username`, `activation-address`…). */
  attempts: (kind: string, key: string) => ({ PK: `ATTEMPTS#${kind}#${key}`, SK: 'ATTEMPTS' }),
};

/** The audit trail: a partition per month, and by subject, actor and action in the indexes. */
export const auditKeys = {
  entry: (at: string, entryId: string) => ({ PK: `AUDIT#${at.slice(0, 7)}`, SK: `${at}#${entryId}` }),
  /** The partition of a month (`yyyy-mm`). */
  month: (month: string) => `AUDIT#${month}`,
  ofSubject: (subjectId: string) => ({ index: 'GSI1', partitionKey: `AUDIT-OF#${subjectId}` }) as const,
  byActor: (actorId: string) => ({ index: 'GSI2', partitionKey: `AUDIT-BY#${actorId}` }) as const,
  ofAction: (action: string) => ({ index: 'GSI3', partitionKey: `AUDIT-DID#${action}` }) as const,
  indexAttributes: (entry: {
    at: string;
    entryId: string;
    subjectId: string;
    actorId: string;
    action: string;
  }) => {
    const sortKey = `${entry.at}#${entry.entryId}`;
    return {
      GSI1PK: `AUDIT-OF#${entry.subjectId}`,
      GSI1SK: sortKey,
      GSI2PK: `AUDIT-BY#${entry.actorId}`,
      GSI2SK: sortKey,
      GSI3PK: `AUDIT-DID#${entry.action}`,
      GSI3SK: sortKey,
    };
  },
  settings: () => ({ PK: 'SETTINGS', SK: 'AUDIT' }),
};

/**
 * The directory's look-up items, written and removed with the person (see `person-item.ts`): one item per word of
 * the name (folded: no accents, case, apostrophes or hyphens), found by prefix in a partition per two first
 * letters; one item per group the person is a member of, in the group's roster next to a division's students.
 */
export const directoryIndexKeys = {
  nameWord: (personId: string, word: string) => ({ PK: `PERSON#${personId}`, SK: `NAME#${word}` }),
  nameWordIndexAttributes: (word: string, personId: string) => ({
    GSI3PK: `NAME#${word.slice(0, 2)}`,
    GSI3SK: `${word}#${personId}`,
  }),
  /** The partition where words starting with `prefix` (at least 2 letters) are. */
  byNameWord: (prefix: string) => ({ index: 'GSI3', partitionKey: `NAME#${prefix.slice(0, 2)}` }) as const,
  groupMember: (personId: string, groupId: string) => ({ PK: `PERSON#${personId}`, SK: `GROUP#${groupId}` }),
  /** In the same partition as a division's students (`personKeys.studentsOf`), sorted by name the same way. */
  groupMemberIndexAttributes: (groupId: string, sortName: string, personId: string) => ({
    GSI1PK: `CLASS#${groupId}#STUDENTS`,
    GSI1SK: `${sortName}#${personId}`,
  }),
};
