import { keyPrefixes } from './key-prefixes';

/**
 * Projects, activities, the resources' days and the school calendar in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a project by id                          | PK = PROJECT#<id>, SK = PROJECT                        | table |
 * | projects of a status (and kind), by name | GSI1PK = PROJECTS#<status>, GSI1SK begins_with <kind># | GSI1  |
 * | the projects a person takes part in      | PK = PERSON#<id>, SK begins_with PROJECT#              | table |
 * | an activity by id                        | PK = ACTIVITY#<id>, SK = ACTIVITY                      | table |
 * | the activities of a project              | GSI1PK = PROJECT#<id>#ACTIVITIES                       | GSI1  |
 * | a resource's day (conflicts, planning)   | PK = AGENDA#<kind>#<id>, SK = <yyyy-mm-dd>             | table |
 * | a resource's week, month                 | PK = AGENDA#<kind>#<id>, SK BETWEEN <from> AND <to>    | table |
 * | every place's day (general planning,     | GSI1PK = PLACES-ON#<yyyy-mm-dd>                        | GSI1  |
 * |   free places)                           |                                                        |       |
 * | every activity of a day (exports)        | GSI1PK = PROJECTS-ON#<yyyy-mm-dd>, on project days     | GSI1  |
 * | the calendar of a school year            | PK = CALENDAR#<yyyy-yyyy>, SK = CALENDAR               | table |
 *
 * A resource's day holds its occurrences (`e#<activityId>#<seriesDate>`) and marks of the hours and slots they
 * hold (`occupancy-marks.ts`): a conflicting write fails on a condition of that one item, in the same transaction
 * as the activity.
 */
export const planningKeyPrefixes = keyPrefixes('planning', {
  partitions: ['PROJECT#', 'PROJECTS#', 'ACTIVITY#', 'AGENDA#', 'PLACES-ON#', 'PROJECTS-ON#', 'CALENDAR#'],
  sortKeys: { 'PERSON#': ['PROJECT#'] },
});

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
