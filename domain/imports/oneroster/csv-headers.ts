import { subjectExtensionColumn } from './read-enrollments';

const common = ['sourcedId', 'status', 'dateLastModified'];

/**
 * Préau's extension column of users.csv and classes.csv (extensions are `metadata.*` columns after the standard
 * ones): the level as the directory holds it (a MEF code, a conservatoire's cycle), which `grades` can only give
 * as a CEDS grade, or not at all.
 */
export const levelExtensionColumn = 'metadata.preau.level';

/** The columns of each file of a OneRoster 1.2 bulk bundle, in the order of the 1EdTech CSV binding. */
export const oneRosterHeaders = {
  manifest: ['propertyName', 'value'],
  orgs: [...common, 'name', 'type', 'identifier', 'parentSourcedId'],
  academicSessions: [...common, 'title', 'type', 'startDate', 'endDate', 'parentSourcedId', 'schoolYear'],
  users: [
    ...common,
    'enabledUser',
    'username',
    'userIds',
    'givenName',
    'familyName',
    'middleName',
    'identifier',
    'email',
    'sms',
    'phone',
    'agentSourcedIds',
    'grades',
    'password',
    'userMasterIdentifier',
    'resourceSourcedIds',
    'preferredGivenName',
    'preferredMiddleName',
    'preferredFamilyName',
    'primaryOrgSourcedId',
    'pronouns',
    levelExtensionColumn,
  ],
  roles: [
    ...common,
    'userSourcedId',
    'roleType',
    'role',
    'beginDate',
    'endDate',
    'orgSourcedId',
    'userProfileSourcedId',
  ],
  demographics: [
    ...common,
    'birthDate',
    'sex',
    'americanIndianOrAlaskaNative',
    'asian',
    'blackOrAfricanAmerican',
    'nativeHawaiianOrOtherPacificIslander',
    'white',
    'demographicRaceTwoOrMoreRaces',
    'hispanicOrLatinoEthnicity',
    'countryOfBirthCode',
    'stateOfBirthAbbreviation',
    'cityOfBirth',
    'publicSchoolResidenceStatus',
  ],
  courses: [
    ...common,
    'schoolYearSourcedId',
    'title',
    'courseCode',
    'grades',
    'orgSourcedId',
    'subjects',
    'subjectCodes',
  ],
  classes: [
    ...common,
    'title',
    'grades',
    'courseSourcedId',
    'classCode',
    'classType',
    'location',
    'schoolSourcedId',
    'termSourcedIds',
    'subjects',
    'subjectCodes',
    'periods',
    levelExtensionColumn,
  ],
  enrollments: [
    ...common,
    'classSourcedId',
    'schoolSourcedId',
    'userSourcedId',
    'role',
    'primary',
    'beginDate',
    'endDate',
    subjectExtensionColumn,
  ],
} as const satisfies Record<string, readonly string[]>;

export type OneRosterExportFile = keyof typeof oneRosterHeaders;

/** Every `file.<name>` of a 1.2 manifest; the ones Préau does not write are declared absent. */
export const manifestFileNames = [
  'academicSessions',
  'categories',
  'classes',
  'classResources',
  'courses',
  'courseResources',
  'demographics',
  'enrollments',
  'lineItemLearningObjectiveIds',
  'lineItems',
  'lineItemScoreScales',
  'orgs',
  'resources',
  'resultLearningObjectiveIds',
  'results',
  'resultScoreScales',
  'roles',
  'scoreScales',
  'userProfiles',
  'userResources',
  'users',
] as const;
