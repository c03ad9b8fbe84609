import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeJwt, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Profile, profiles as profilesInOrder } from '#domain/identity/profile';
import { followingYear, schoolYearOf } from '#domain/shared/calendar/school-year';
import { routes } from '#infra/definitions/routes/index';
import { startPlatform } from '#infra/local/platform';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { demoPlaces } from '#infra/local/seed/places/demo-places';
import { demoPlanning } from '#infra/local/seed/planning/demo-planning';
import { loadRegistry } from '#infra/tenants/registry';
import { plusDays, todayInParis } from '../../support/dates';
import { signIn } from '../../support/sign-in';

/**
 * Every signed-in route × every profile, against the local platform (two schools, each in its own process, with
 * cognito-local issuing the tokens): what each demo account may do, and what it gets when it may not.
 */
const [demoSchool, otherSchool] = loadRegistry().schools;
const directory = demoDirectory(demoSchool as NonNullable<typeof demoSchool>);
const accountOf = (profile: Profile) => {
  const account = directory.accounts.find((candidate) => candidate.profile === profile);
  if (!account) throw new Error(`No demo account for ${profile}`);
  return account;
};

const studentId = accountOf('student').personId;
const guardianId = accountOf('guardian').personId;
const teacherId = accountOf('teacher').personId;
const childOfGuardian = directory.guardianships.find(([g]) => g === guardianId)?.[1] as string;
const classOf = (personId: string) =>
  directory.people.find((p) => p.personId === personId)?.classId as string;
const taughtClasses = directory.teaching.filter(([t]) => t === teacherId).map(([, c]) => c);
const taughtClass = taughtClasses[0] as string;
const untaughtClass = directory.classes.find(({ classId }) => !taughtClasses.includes(classId))
  ?.classId as string;
/** The pupils who take part with the demo teacher in a project of the demo year (their instrument pupils). */
const teachersProjectPupils = new Set(
  demoPlanning(directory, demoPlaces())
    .projects.map(({ project }) => project.members.map(({ personId }) => personId))
    .filter((members) => members.includes(teacherId))
    .flat(),
);
/**
 * A student nobody among the demo accounts is related to: in a class the demo teacher does not teach, and in none
 * of their projects.
 */
const strangerStudent = directory.people.find(
  (person) =>
    person.classId === untaughtClass &&
    person.personId !== studentId &&
    !teachersProjectPupils.has(person.personId) &&
    !directory.guardianships.some(([g, c]) => c === person.personId && [guardianId, teacherId].includes(g)),
)?.personId as string;
const placeId = demoPlaces()[0]?.id as string;

type Expected = Partial<Record<Profile, number>> & { others: number };
interface Case {
  route: string;
  name: string;
  path: string | ((profile: Profile) => string);
  body?: unknown;
  expected: Expected;
}

const places = '/api/places';
const teachesChild = taughtClasses.includes(classOf(childOfGuardian));

const readsPlanning: Expected = { guardian: 403, 'authority-admin': 403, others: 200 };
const writesPlanning: Expected = { planner: 200, 'school-admin': 200, others: 403 };
/**
 * The Tuesday of the demo course's series each profile cancels: the two who may cancel get Tuesdays of their own
 * (school days of the demo calendar, after the winter holidays), so each succeeds whatever profiles come before.
 */
const tuesdayToCancel = (profile: Profile) =>
  ({ planner: '2027-03-30', 'school-admin': '2027-04-06' })[profile as string] ?? '2027-03-02';

const planningCases = (planning: () => { projectId: string; activityId: string }): Case[] => [
  { route: 'GET /api/projects', name: 'lists projects', path: '/api/projects', expected: readsPlanning },
  {
    route: 'POST /api/projects',
    name: 'creates a project',
    path: '/api/projects',
    body: { kind: 'internal', name: 'Journée portes ouvertes' },
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/projects/{projectId}',
    name: "reads the sheet of a course of the teacher's class",
    path: () => `/api/projects/${planning().projectId}`,
    // A sheet names its members: a student reads it only when in the course's class.
    expected: {
      sales: 404,
      student: classOf(studentId) === taughtClass ? 200 : 404,
      guardian: 404,
      'authority-admin': 404,
      others: 200,
    },
  },
  {
    route: 'PATCH /api/projects/{projectId}',
    name: 'changes a project sheet',
    path: () => `/api/projects/${planning().projectId}`,
    body: { description: 'Le cours du mardi.' },
    expected: writesPlanning,
  },
  {
    route: 'POST /api/projects/{projectId}/activities',
    name: 'plans an activity',
    path: () => `/api/projects/${planning().projectId}/activities`,
    body: { title: 'Réunion', schedule: { kind: 'once', date: '2026-12-02', start: '12:00', end: '13:00' } },
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'POST /api/planning/conflicts',
    name: 'checks the conflicts of a draft',
    path: '/api/planning/conflicts',
    body: () => ({
      projectId: planning().projectId,
      schedule: { kind: 'once', date: '2026-12-01', start: '17:00', end: '18:00' },
      placeIds: [placeId],
    }),
    expected: writesPlanning,
  },
  {
    route: 'GET /api/activities/{activityId}',
    name: 'reads an activity',
    path: () => `/api/activities/${planning().activityId}`,
    expected: readsPlanning,
  },
  {
    route: 'POST /api/activities/{activityId}/move',
    name: 'moves an occurrence',
    path: () => `/api/activities/${planning().activityId}/move`,
    body: {
      seriesDate: '2026-12-08',
      scope: 'one',
      to: { date: '2026-12-10', start: '17:00', end: '18:00' },
      acceptConflicts: true,
    },
    expected: writesPlanning,
  },
  {
    route: 'POST /api/activities/{activityId}/cancel',
    name: 'cancels an occurrence',
    path: () => `/api/activities/${planning().activityId}/cancel`,
    body: (profile: Profile) => ({
      scope: 'one',
      seriesDate: tuesdayToCancel(profile),
      reason: 'Professeur absent',
    }),
    expected: writesPlanning,
  },
  {
    route: 'GET /api/agenda/{kind}/{id}',
    name: "reads a place's week",
    path: `/api/agenda/place/${placeId}?from=2026-11-30&to=2026-12-06`,
    expected: readsPlanning,
  },
  {
    route: 'GET /api/agenda/{kind}/{id}',
    name: 'reads one’s own week',
    path: (profile) => `/api/agenda/person/${accountOf(profile).personId}?from=2026-11-30&to=2026-12-06`,
    expected: { others: 200 },
  },
  {
    route: 'GET /api/agenda/{kind}/{id}',
    name: "reads a stranger student's week",
    path: `/api/agenda/person/${strangerStudent}?from=2026-11-30&to=2026-12-06`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/agenda/{kind}/{id}',
    name: 'reads the week of a class the teacher teaches',
    path: `/api/agenda/class/${taughtClass}?from=2026-11-30&to=2026-12-06`,
    expected: { teacher: 200, staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/agenda/{kind}/{id}/pdf',
    name: "prints a place's week",
    path: `/api/agenda/place/${placeId}/pdf?date=2026-12-01`,
    expected: readsPlanning,
  },
  {
    route: 'GET /api/agenda/{kind}/{id}/pdf',
    name: "prints a stranger student's week: no more than their agenda",
    path: `/api/agenda/person/${strangerStudent}/pdf?date=2026-12-01`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/planning/day',
    name: 'reads the general planning of a day',
    path: '/api/planning/day?date=2026-12-01',
    expected: readsPlanning,
  },
  {
    route: 'GET /api/planning/day-conflicts',
    name: 'reads the conflicts of a day',
    path: '/api/planning/day-conflicts?date=2026-12-01',
    expected: writesPlanning,
  },
  {
    route: 'GET /api/planning/free-places',
    name: 'finds free places',
    path: '/api/planning/free-places?date=2026-12-01&start=14:00&end=16:00&capacity=10',
    expected: readsPlanning,
  },
  {
    route: 'GET /api/planning/calendar',
    name: "reads the school year's calendar",
    path: '/api/planning/calendar',
    expected: readsPlanning,
  },
  {
    route: 'GET /api/planning/export',
    name: 'exports the planning of a week',
    path: '/api/planning/export?from=2026-11-30&to=2026-12-06&format=csv',
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'PUT /api/planning/calendar',
    name: "saves the school year's calendar",
    path: '/api/planning/calendar',
    body: {
      schoolYear: '2026-2027',
      start: '2026-09-01',
      end: '2027-07-03',
      openWeekdays: [1, 2, 3, 4, 5, 6],
      holidays: [{ label: 'Vacances de Noël', from: '2026-12-19', to: '2027-01-03' }],
      closedDays: [],
      frenchPublicHolidays: true,
    },
    expected: writesPlanning,
  },
];

const publishes: Expected = { planner: 201, 'school-admin': 201, others: 403 };

const documentCases = (
  planning: () => { projectId: string },
  documents: () => Map<Profile, string>,
): Case[] => [
  {
    route: 'POST /api/projects/{projectId}/documents',
    name: 'adds a document to a project sheet',
    path: () => `/api/projects/${planning().projectId}/documents`,
    body: { name: 'Programme.pdf', contentType: 'application/pdf', size: 120_000 },
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/projects/{projectId}/documents/{documentId}',
    name: 'downloads a document of a course of the teacher’s class',
    path: () => `/api/projects/${planning().projectId}/documents/${documents().get('planner')}`,
    expected: {
      sales: 404,
      student: classOf(studentId) === taughtClass ? 200 : 404,
      guardian: 404,
      'authority-admin': 404,
      others: 200,
    },
  },
  {
    route: 'DELETE /api/projects/{projectId}/documents/{documentId}',
    name: 'removes a document from a project sheet',
    path: (profile) => `/api/projects/${planning().projectId}/documents/${documents().get(profile)}`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
];

const studentLevel = directory.classes.find(({ classId }) => classId === classOf(studentId))?.level as string;
/** Next week's Tuesday, at the school: open, within two weeks. */
const nextTuesday = (() => {
  const today = todayInParis();
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((9 - day.getUTCDay()) % 7 || 7));
  return day.toISOString().slice(0, 10);
})();
const bookingRules = {
  rules: [
    {
      label: 'Studios de travail',
      levels: [studentLevel],
      placeKinds: ['practice-room'],
      hoursPerWeek: 4,
      daysAhead: 21,
      windows: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '08:00', to: '20:00' }],
    },
  ],
};

const bookingCases = (booked: () => { bookingId: string; requests: Map<Profile, string> }): Case[] => [
  {
    route: 'GET /api/booking-rules',
    name: 'reads the booking rules',
    path: '/api/booking-rules',
    expected: readsPlanning,
  },
  {
    route: 'PUT /api/booking-rules',
    name: 'sets the booking rules',
    path: '/api/booking-rules',
    body: bookingRules,
    expected: writesPlanning,
  },
  {
    route: 'POST /api/bookings',
    name: 'books a practice room early in the morning',
    path: '/api/bookings',
    body: { placeId, date: nextTuesday, start: '08:00', end: '08:30' },
    expected: { student: 201, others: 403 },
  },
  {
    route: 'DELETE /api/bookings/{activityId}',
    name: "cancels the student's booking",
    path: () => `/api/bookings/${booked().bookingId}`,
    expected: { student: 200, planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/bookings/options',
    name: 'finds the rooms one may book',
    path: `/api/bookings/options?date=${nextTuesday}&start=10:00&end=11:00`,
    // A teacher may book within the teachers' rules: with none here, they are told they have no right.
    expected: { student: 200, teacher: 200, others: 403 },
  },
  {
    route: 'GET /api/bookings/mine',
    name: "lists one's bookings and requests",
    path: '/api/bookings/mine',
    expected: { student: 200, teacher: 200, others: 403 },
  },
  {
    route: 'GET /api/booking-requests',
    name: "follows one's booking requests",
    path: '/api/booking-requests',
    expected: { others: 200 },
  },
  {
    route: 'POST /api/booking-requests/{requestId}/answer',
    name: 'refuses a booking request with a reason',
    path: (profile) =>
      `/api/booking-requests/${booked().requests.get(profile) ?? booked().requests.get('planner')}/answer`,
    body: { decision: 'refuse', reason: 'Studio fermé ce soir-là' },
    expected: writesPlanning,
  },
];

const sharingCases = (feedId: () => string, siteId: () => string): Case[] => [
  {
    route: 'POST /api/feeds',
    name: "takes one's own calendar feed",
    path: '/api/feeds',
    body: (profile?: Profile) => ({
      selection: { kind: 'person', id: accountOf(profile ?? 'student').personId },
    }),
    expected: { others: 201 },
  },
  {
    route: 'POST /api/feeds',
    name: "shares a place's planning as a feed",
    path: '/api/feeds',
    body: { selection: { kind: 'place', id: placeId } },
    expected: publishes,
  },
  { route: 'GET /api/feeds', name: "lists one's feeds", path: '/api/feeds', expected: { others: 200 } },
  {
    route: 'GET /api/feeds/{feedId}',
    name: "reads the planner's feed",
    path: () => `/api/feeds/${feedId()}`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'DELETE /api/feeds/{feedId}',
    name: "revokes the planner's feed",
    path: () => `/api/feeds/${feedId()}`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/mini-sites',
    name: 'publishes a daily bulletin',
    path: '/api/mini-sites',
    body: { name: 'Bulletin du jour', tabs: [{ kind: 'daily-bulletin' }] },
    expected: publishes,
  },
  {
    route: 'GET /api/mini-sites',
    name: 'lists the mini-sites',
    path: '/api/mini-sites',
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'DELETE /api/mini-sites/{siteId}',
    name: 'takes a mini-site down',
    path: () => `/api/mini-sites/${siteId()}`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
];

/** The forms and requests made before the cases: one of each per profile that changes it, at version 1. */
const requestForms = {
  formIds: new Map<Profile, string>(),
  /** The teacher's request, for a project of theirs, which the team reads and comments. */
  requestId: '',
  requestIds: new Map<Profile, string>(),
};
const needsForm = {
  title: 'Besoins de la classe',
  description: '',
  projectKinds: [],
  fields: [{ id: 'besoin', label: 'Besoin', kind: 'text', required: true }],
};
const handlesRequests: Expected = { staff: 200, planner: 200, 'school-admin': 200, others: 403 };
const followsRequest = (status: number): Expected => ({
  teacher: status,
  staff: status,
  planner: status,
  'school-admin': status,
  others: 404,
});

const requestFormCases = (planning: () => { projectId: string }): Case[] => [
  {
    route: 'GET /api/request-forms',
    name: 'lists the open request forms',
    path: '/api/request-forms',
    expected: readsPlanning,
  },
  {
    route: 'POST /api/request-forms',
    name: 'defines a request form',
    path: '/api/request-forms',
    body: needsForm,
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/request-forms/{formId}',
    name: 'reads a request form',
    path: () => `/api/request-forms/${requestForms.formIds.get('planner')}`,
    expected: readsPlanning,
  },
  {
    route: 'PUT /api/request-forms/{formId}',
    name: 'revises a request form',
    path: (profile) =>
      `/api/request-forms/${requestForms.formIds.get(profile) ?? requestForms.formIds.get('planner')}`,
    body: { ...needsForm, status: 'open', version: 1 },
    expected: writesPlanning,
  },
  {
    route: 'POST /api/form-requests',
    name: 'submits a request for a course of the teacher’s class',
    path: '/api/form-requests',
    body: () => ({
      formId: requestForms.formIds.get('planner'),
      projectId: planning().projectId,
      answers: { besoin: 'Un pupitre de plus' },
    }),
    // Students and teachers submit for the projects they take part in; to the others, the project is hidden.
    expected: {
      student: classOf(studentId) === taughtClass ? 201 : 404,
      teacher: 201,
      staff: 201,
      planner: 201,
      'school-admin': 201,
      others: 404,
    },
  },
  {
    route: 'GET /api/form-requests',
    name: "lists one's own requests",
    path: '/api/form-requests?mine=true',
    expected: { sales: 403, guardian: 403, 'authority-admin': 403, others: 200 },
  },
  {
    route: 'GET /api/form-requests',
    name: 'lists the requests waiting for the team',
    path: '/api/form-requests?state=submitted',
    expected: handlesRequests,
  },
  {
    route: 'GET /api/form-requests',
    name: "lists a project's requests",
    path: () => `/api/form-requests?projectId=${planning().projectId}`,
    expected: handlesRequests,
  },
  {
    route: 'GET /api/form-requests/{requestId}',
    name: "reads the teacher's request",
    path: () => `/api/form-requests/${requestForms.requestId}`,
    expected: followsRequest(200),
  },
  {
    route: 'POST /api/form-requests/{requestId}/state',
    name: 'moves a request to in progress',
    path: (profile) =>
      `/api/form-requests/${requestForms.requestIds.get(profile) ?? requestForms.requestId}/state`,
    body: { state: 'in-progress', version: 1 },
    expected: handlesRequests,
  },
  {
    route: 'POST /api/form-requests/{requestId}/comments',
    name: "comments on the teacher's request",
    path: () => `/api/form-requests/${requestForms.requestId}/comments`,
    body: { text: 'Le pupitre sera là.' },
    expected: followsRequest(201),
  },
];

/**
 * Sales (S2): a quote's sheet actions and documents, for the sales desk and the head of school only. No quote has
 * that id: who may act gets 404 once the rights are checked, the others 403 before.
 */
const salesDesk: Expected = { sales: 404, 'school-admin': 404, others: 403 };
const salesHoldCases: Case[] = [
  {
    route: 'POST /api/sales/quotes/{quoteId}/send',
    name: 'sends a quote with its slots held',
    path: '/api/sales/quotes/none/send',
    body: { hold: true },
    expected: salesDesk,
  },
  {
    route: 'POST /api/sales/quotes/{quoteId}/cancel',
    name: 'cancels a quote',
    path: '/api/sales/quotes/none/cancel',
    expected: salesDesk,
  },
  {
    route: 'GET /api/sales/quotes/{quoteId}/pdf',
    name: 'downloads a quote as PDF',
    path: '/api/sales/quotes/none/pdf',
    expected: salesDesk,
  },
  {
    route: 'GET /api/sales/quotes/{quoteId}/agreement/pdf',
    name: 'downloads a quote’s agreement as PDF',
    path: '/api/sales/quotes/none/agreement/pdf',
    expected: salesDesk,
  },
];

const auditCases: Case[] = [
  {
    route: 'GET /api/audit',
    name: 'reads the audit trail',
    path: '/api/audit?action=session.signed-in&limit=5',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/audit/export',
    name: 'exports the audit trail',
    path: '/api/audit/export?action=activation-codes.issued',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/settings/audit',
    name: "reads the audit trail's retention",
    path: '/api/settings/audit',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'PUT /api/settings/audit',
    name: "sets the audit trail's retention",
    path: '/api/settings/audit',
    body: { retentionDays: 365 },
    expected: { 'school-admin': 200, others: 403 },
  },
];

/**
 * Work groups (school life): the demo school's seeded teaching team of the demo teacher, with the staff's and the
 * guardian's accounts, and the student's when the teacher teaches them. Members only: 404 to everyone else.
 */
const demoGroup = '/api/work-groups/demo-demo-team';
const studentInGroup = taughtClasses.includes(classOf(studentId));
const groupMembers = {
  teacher: true,
  staff: true,
  guardian: true,
  ...(studentInGroup && { student: true }),
} as Partial<Record<Profile, true>>;
/** What members get (the manager, the demo teacher, as the others unless said), and 404 for everyone else. */
const members = (status: number, manager = status, member = status): Expected => ({
  ...Object.fromEntries(Object.keys(groupMembers).map((profile) => [profile, member])),
  teacher: manager,
  others: 404,
});
const workGroupCases: Case[] = [
  {
    route: 'POST /api/work-groups',
    name: 'creates a work group',
    path: '/api/work-groups',
    body: { name: 'Groupe de test', kind: 'other' },
    expected: { teacher: 201, staff: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/work-groups',
    name: 'lists one’s groups',
    path: '/api/work-groups',
    expected: { others: 200 },
  },
  {
    route: 'GET /api/work-groups/candidates',
    name: 'finds people to add to a group',
    path: '/api/work-groups/candidates?name=ma',
    expected: { teacher: 200, staff: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/work-groups/{groupId}',
    name: 'reads the demo group',
    path: demoGroup,
    expected: members(200),
  },
  {
    route: 'POST /api/work-groups/{groupId}/members',
    name: 'adds the demo teacher again (a member already)',
    path: `${demoGroup}/members`,
    body: { personIds: [teacherId] },
    expected: members(403, 200),
  },
  {
    route: 'DELETE /api/work-groups/{groupId}/members/{personId}',
    name: 'removes someone who is not a member',
    path: `${demoGroup}/members/00000000-0000-4000-8000-000000000000`,
    expected: members(403, 404),
  },
  {
    route: 'POST /api/work-groups/{groupId}/documents',
    name: 'declares a document',
    path: `${demoGroup}/documents`,
    body: { name: 'Notes.pdf', contentType: 'application/pdf', size: 100 },
    expected: members(201),
  },
  {
    route: 'POST /api/work-groups/{groupId}/documents/{documentId}/share',
    name: 'shares the demo document again (its uploader only)',
    path: `${demoGroup}/documents/demo-agenda/share`,
    expected: members(404, 200),
  },
  {
    route: 'GET /api/work-groups/{groupId}/documents/{documentId}',
    name: 'downloads the demo document',
    path: `${demoGroup}/documents/demo-agenda`,
    expected: members(200),
  },
  {
    route: 'DELETE /api/work-groups/{groupId}/documents/{documentId}',
    name: 'removes a document that does not exist',
    path: `${demoGroup}/documents/00000000-0000-4000-8000-000000000000`,
    expected: { others: 404 },
  },
  {
    route: 'POST /api/work-groups/{groupId}/topics',
    name: 'opens a topic',
    path: `${demoGroup}/topics`,
    body: { title: 'Question', text: 'Qui vient ?' },
    expected: members(201),
  },
  {
    route: 'GET /api/work-groups/{groupId}/topics/{topicId}',
    name: 'reads the demo topic',
    path: `${demoGroup}/topics/demo-outing`,
    expected: members(200),
  },
  {
    route: 'POST /api/work-groups/{groupId}/topics/{topicId}/posts',
    name: 'writes in the demo topic',
    path: `${demoGroup}/topics/demo-outing/posts`,
    body: { text: 'Je viens.' },
    expected: members(201),
  },
  {
    route: 'PUT /api/work-groups/{groupId}/mini-site',
    name: 'keeps the public page disallowed',
    path: `${demoGroup}/mini-site`,
    body: { allowed: false },
    expected: members(403, 200),
  },
  {
    route: 'POST /api/work-groups/{groupId}/mini-site/publish',
    name: 'publishes a public page not allowed',
    path: `${demoGroup}/mini-site/publish`,
    expected: members(403),
  },
];

/** School life, messages: one's conversations; the authority's account has none. An unknown conversation is 404. */
const unknownConversation = '00000000-0000-4000-8000-000000000000';
const messageCases: Case[] = [
  {
    route: 'GET /api/messaging/conversations',
    name: 'lists one’s conversations',
    path: '/api/messaging/conversations',
    expected: { sales: 403, 'authority-admin': 403, others: 200 },
  },
  {
    route: 'POST /api/messaging/conversations',
    name: 'writes to the staff, as everyone of the school may',
    path: '/api/messaging/conversations',
    body: { to: [{ kind: 'staff' }], subject: 'Une question', text: 'Bonjour, une question.' },
    expected: { sales: 403, 'authority-admin': 403, others: 201 },
  },
  {
    route: 'GET /api/messaging/conversations/{conversationId}',
    name: 'reads a conversation one is not in',
    path: `/api/messaging/conversations/${unknownConversation}`,
    expected: { sales: 403, 'authority-admin': 403, others: 404 },
  },
  {
    route: 'POST /api/messaging/conversations/{conversationId}/messages',
    name: 'answers in a conversation one is not in',
    path: `/api/messaging/conversations/${unknownConversation}/messages`,
    body: { text: 'Merci.' },
    expected: { sales: 403, 'authority-admin': 403, others: 404 },
  },
  {
    route: 'POST /api/messaging/attachments',
    name: 'declares a file for a message',
    path: '/api/messaging/attachments',
    body: { name: 'Sortie.pdf', contentType: 'application/pdf', size: 1000 },
    expected: { sales: 403, 'authority-admin': 403, others: 201 },
  },
  {
    route: 'GET /api/messaging/messages/{messageId}/attachments/{attachmentId}',
    name: 'downloads a file of a message one did not receive',
    path: `/api/messaging/messages/${unknownConversation}/attachments/${unknownConversation}`,
    expected: { sales: 403, 'authority-admin': 403, others: 404 },
  },
  {
    route: 'GET /api/messaging/unread',
    name: 'counts one’s unread messages',
    path: '/api/messaging/unread',
    expected: { sales: 403, 'authority-admin': 403, others: 200 },
  },
  {
    route: 'GET /api/messaging/recipients',
    name: 'lists the lists and persons one may write to',
    path: '/api/messaging/recipients?q=ma',
    expected: { sales: 403, 'authority-admin': 403, others: 200 },
  },
];

/** School life, messages — who may write to whom, and safety (H2). */
const messagingRuleCases: Case[] = [
  {
    route: 'GET /api/messaging/audiences',
    name: 'lists what the asker may write to',
    path: '/api/messaging/audiences',
    expected: { others: 200 },
  },
  {
    route: 'POST /api/messaging/audiences/check',
    name: 'checks recipients one by one',
    path: '/api/messaging/audiences/check',
    body: { audiences: [{ kind: 'staff' }, { kind: 'school' }] },
    expected: { others: 200 },
  },
  {
    route: 'GET /api/messaging/settings',
    name: 'reads who may write to whom',
    path: '/api/messaging/settings',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'PUT /api/messaging/settings',
    name: 'sets who may write to whom',
    path: '/api/messaging/settings',
    body: {
      whoMayWrite: {
        student: ['own-teachers', 'own-class', 'staff', 'group-members'],
        guardian: ['children-teachers', 'staff', 'group-members'],
        teacher: ['own-classes', 'own-pupils-guardians', 'colleagues', 'staff', 'group-members'],
        staff: ['everyone'],
        planner: ['colleagues', 'staff', 'group-members'],
      },
      replyAllLimit: 35,
      retentionDays: 30,
    },
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/messaging/muted',
    name: 'lists the muted people',
    path: '/api/messaging/muted',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'PUT /api/messaging/muted/{personId}',
    name: 'mutes a person',
    path: `/api/messaging/muted/${strangerStudent}`,
    body: {},
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'DELETE /api/messaging/muted/{personId}',
    name: 'unmutes a person',
    path: `/api/messaging/muted/${strangerStudent}`,
    expected: { 'school-admin': 204, others: 403 },
  },
  {
    route: 'POST /api/messaging/messages/{messageId}/report',
    name: 'reports a message one did not receive',
    path: '/api/messaging/messages/no-such-message/report',
    body: { reason: 'Propos déplacés' },
    expected: { others: 404 },
  },
  {
    route: 'GET /api/messaging/reports',
    name: 'lists the reports of messages',
    path: '/api/messaging/reports',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/messaging/messages/{messageId}/withdraw',
    name: 'withdraws a message',
    path: '/api/messaging/messages/no-such-message/withdraw',
    expected: { 'school-admin': 404, others: 403 },
  },
];

/** A note of the liaison book from the staff to the class of the demo guardian's child, posted before the cases. */
const liaisonNote = { noteId: '' };
const liaisonClass = classOf(childOfGuardian);
const teachersChild = directory.guardianships.find(([g]) => g === teacherId)?.[1] as string;
/** The demo teacher is also a parent: they receive the note when their child is in that class. */
const teacherReceives = classOf(teachersChild) === liaisonClass;

/** Notifications: everyone has their own feed, choices and devices, and reaches no one else's. */
const pushEndpoint = 'https://push.example.com/send/access-matrix';
const notificationCases: Case[] = [
  {
    route: 'GET /api/notifications',
    name: "reads one's feed",
    path: '/api/notifications',
    expected: { sales: 403, others: 200 },
  },
  {
    route: 'GET /api/notifications/unread',
    name: "counts one's unread notifications",
    path: '/api/notifications/unread',
    expected: { sales: 403, others: 200 },
  },
  {
    route: 'POST /api/notifications/read-all',
    name: "marks all one's notifications read",
    path: '/api/notifications/read-all',
    expected: { sales: 403, others: 200 },
  },
  {
    route: 'POST /api/notifications/read',
    name: 'marks read a notification that is not one’s own',
    path: '/api/notifications/read',
    body: { notificationId: 'someone-elses', occurredAt: '2026-12-01T08:00:00Z' },
    expected: { sales: 403, others: 404 },
  },
  {
    route: 'GET /api/notifications/preferences',
    name: "reads one's notification choices",
    path: '/api/notifications/preferences',
    expected: { sales: 403, others: 200 },
  },
  {
    route: 'PUT /api/notifications/preferences',
    name: "sets one's notification choices",
    path: '/api/notifications/preferences',
    body: {
      choices: {
        message: 'immediately',
        liaison: 'immediately',
        course: 'digest',
        booking: 'immediately',
        request: 'none',
        document: 'digest',
      },
      quietHours: true,
      quietWeekends: true,
    },
    expected: { sales: 403, others: 200 },
  },
  {
    route: 'GET /api/notifications/push-key',
    name: "reads the school's VAPID public key",
    path: '/api/notifications/push-key',
    expected: { others: 200 },
  },
  {
    route: 'POST /api/notifications/push-subscriptions',
    name: 'subscribes a browser to pushes',
    path: '/api/notifications/push-subscriptions',
    body: { endpoint: pushEndpoint, keys: { p256dh: 'key', auth: 'secret' } },
    expected: { sales: 403, others: 201 },
  },
  {
    route: 'POST /api/notifications/push-subscriptions/remove',
    name: 'unsubscribes a browser from pushes',
    path: '/api/notifications/push-subscriptions/remove',
    body: { endpoint: pushEndpoint },
    expected: { sales: 403, others: 200 },
  },
];

const liaisonCases: Case[] = [
  {
    route: 'POST /api/liaison-notes',
    name: 'posts a liaison note to the guardians of a class the teacher teaches',
    path: '/api/liaison-notes',
    body: {
      title: 'Sortie',
      text: 'Jeudi au musée.',
      kind: 'sortie',
      to: { kind: 'class', classId: taughtClass },
    },
    // A class one may not write to is hidden, as the class itself is.
    expected: { teacher: 201, staff: 201, 'school-admin': 201, others: 404 },
  },
  {
    route: 'GET /api/liaison-notes',
    name: "lists one's liaison notes to sign or read",
    path: '/api/liaison-notes',
    expected: { student: 200, guardian: 200, teacher: 200, others: 403 },
  },
  {
    route: 'GET /api/liaison-notes',
    name: 'lists the liaison notes one wrote',
    path: '/api/liaison-notes?view=written',
    expected: { teacher: 200, staff: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/liaison-notes/{noteId}',
    name: "reads a note to the guardian's child's class",
    path: () => `/api/liaison-notes/${liaisonNote.noteId}`,
    expected: {
      student: classOf(studentId) === liaisonClass ? 200 : 404,
      guardian: 200,
      teacher: teacherReceives ? 200 : 404,
      staff: 200,
      'school-admin': 200,
      others: 404,
    },
  },
  {
    route: 'POST /api/liaison-notes/{noteId}/signature',
    name: "signs a note to the guardian's child's class",
    path: () => `/api/liaison-notes/${liaisonNote.noteId}/signature`,
    expected: { guardian: 200, teacher: teacherReceives ? 200 : 404, others: 403 },
  },
  {
    route: 'POST /api/liaison-notes/{noteId}/reminders',
    name: 'reminds the guardians who have not signed, once a day',
    path: () => `/api/liaison-notes/${liaisonNote.noteId}/reminders`,
    // The staff remind first; the administrators find it reminded today.
    expected: { staff: 201, 'school-admin': 409, others: 404 },
  },
];

/** The homework book (issue 17), on a Tuesday of the demo teacher's course: its pupils, families and teacher. */
const homeworkCases = (planning: () => { activityId: string }): Case[] => {
  const session = () => `/api/homework/sessions/${planning().activityId}/2026-11-17`;
  const inClass = (personId: string) => classOf(personId) === taughtClass;
  const guardianReads = directory.guardianships.some(([g, c]) => g === guardianId && inClass(c));
  const readers = {
    student: inClass(studentId) ? 200 : 404,
    guardian: guardianReads ? 200 : 404,
    teacher: 200,
    staff: 200,
    'school-admin': 200,
    others: 404,
  };
  // Those who read a session and may not write in it are told so (403); to the others it does not exist.
  const writers = {
    ...readers,
    student: inClass(studentId) ? 403 : 404,
    guardian: guardianReads ? 403 : 404,
    staff: 403,
    'school-admin': 403,
  };
  const staffId = accountOf('staff').personId;
  const bookOfAdmin: Expected = { 'school-admin': 200, others: 404 };
  return [
    {
      route: 'GET /api/homework/sessions/{activityId}/{seriesDate}',
      name: 'reads a session of the book',
      path: session,
      expected: readers,
    },
    {
      route: 'PUT /api/homework/sessions/{activityId}/{seriesDate}',
      name: 'writes a session and gives work',
      path: session,
      body: {
        content: 'Les gammes majeures.',
        works: [{ text: 'Réviser la gamme de ré', dueDate: '2026-11-20' }],
      },
      expected: writers,
    },
    {
      route: 'POST /api/homework/sessions/{activityId}/{seriesDate}/copy',
      name: 'copies a session onto the next',
      path: () => `${session()}/copy`,
      body: () => ({ to: { activityId: planning().activityId, seriesDate: '2026-11-24' } }),
      expected: writers,
    },
    {
      route: 'GET /api/homework/pupils/{personId}/due',
      name: "reads the student's work by due day",
      path: `/api/homework/pupils/${studentId}/due`,
      expected: {
        student: 200,
        guardian: directory.guardianships.some(([g, c]) => g === guardianId && c === studentId) ? 200 : 404,
        teacher: taughtClasses.includes(classOf(studentId)) ? 200 : 404,
        staff: 200,
        'school-admin': 200,
        others: 404,
      },
    },
    {
      route: 'PUT /api/homework/pupils/{personId}/done',
      name: 'ticks a work not in the student’s list',
      path: `/api/homework/pupils/${studentId}/done`,
      body: () => ({
        activityId: planning().activityId,
        seriesDate: '2026-11-17',
        workId: 'none',
        done: true,
      }),
      expected: { others: 404 },
    },
    {
      route: 'GET /api/homework/books/{kind}/{id}',
      name: "reads a class's book",
      path: `/api/homework/books/class/${taughtClass}`,
      expected: bookOfAdmin,
    },
    {
      route: 'GET /api/homework/books/{kind}/{id}/pdf',
      name: "exports a class's book",
      path: `/api/homework/books/class/${taughtClass}/pdf`,
      expected: bookOfAdmin,
    },
    {
      route: 'GET /api/homework/readers',
      name: 'lists the readers of the books',
      path: '/api/homework/readers',
      expected: { 'school-admin': 200, others: 403 },
    },
    {
      route: 'PUT /api/homework/readers/{personId}',
      name: 'names a reader of the books',
      path: `/api/homework/readers/${staffId}`,
      expected: { 'school-admin': 200, others: 403 },
    },
    {
      route: 'DELETE /api/homework/readers/{personId}',
      name: 'takes a reader’s right back',
      path: `/api/homework/readers/${staffId}`,
      expected: { 'school-admin': 204, others: 403 },
    },
    {
      route: 'GET /api/homework/classes/{classId}/shelf',
      name: "reads a class's shelf of links",
      path: `/api/homework/classes/${taughtClass}/shelf`,
      expected: { ...readers },
    },
    {
      route: 'POST /api/homework/classes/{classId}/shelf',
      name: "adds a link to a class's shelf",
      path: `/api/homework/classes/${taughtClass}/shelf`,
      body: { url: 'https://www.lumni.fr/', title: 'Lumni', comment: 'Des vidéos pour réviser.' },
      expected: { teacher: 201, staff: 201, 'school-admin': 201, others: 403 },
    },
    {
      route: 'DELETE /api/homework/classes/{classId}/shelf/{linkId}',
      name: 'takes an unknown link off a shelf',
      path: `/api/homework/classes/${taughtClass}/shelf/none`,
      expected: { teacher: 404, staff: 404, 'school-admin': 404, others: 403 },
    },
  ];
};

/** Absences after the roll call (issue 17): a pupil's absences, a family's reason, vie scolaire's decisions. */
const absenceCases = (planning: () => { activityId: string }): Case[] => {
  const guardianOfStudent = directory.guardianships.some(([g, c]) => g === guardianId && c === studentId);
  const decides: Expected = { staff: 200, 'school-admin': 200, others: 403 };
  return [
    {
      route: 'GET /api/attendance/pupils/{personId}/absences',
      name: "reads the student's absences",
      path: `/api/attendance/pupils/${studentId}/absences`,
      expected: {
        student: 200,
        guardian: guardianOfStudent ? 200 : 404,
        teacher: taughtClasses.includes(classOf(studentId)) ? 200 : 404,
        staff: 200,
        'school-admin': 200,
        others: 404,
      },
    },
    {
      route: 'POST /api/attendance/pupils/{personId}/justifications',
      name: "justifies the guardian's child's absence",
      path: `/api/attendance/pupils/${childOfGuardian}/justifications`,
      body: { from: '2026-12-07', to: '2026-12-08', reason: 'illness', note: 'Grippe.' },
      expected: { guardian: 201, staff: 201, 'school-admin': 201, others: 404 },
    },
    {
      route: 'PUT /api/attendance/pupils/{personId}/justifications/{justificationId}/decision',
      name: 'decides on an unknown reason',
      path: `/api/attendance/pupils/${studentId}/justifications/2026-12-07.none/decision`,
      body: { decision: 'accepted', version: 1 },
      expected: { staff: 404, 'school-admin': 404, others: 403 },
    },
    {
      route: 'POST /api/attendance/justification-documents',
      name: "declares a reason's document",
      path: '/api/attendance/justification-documents',
      body: { name: 'Certificat.pdf', contentType: 'application/pdf', size: 1000 },
      // The demo teacher is a parent too: whoever may give a reason for some pupil.
      expected: { guardian: 201, teacher: 201, staff: 201, 'school-admin': 201, others: 403 },
    },
    {
      route: 'GET /api/attendance/pupils/{personId}/justifications/{justificationId}/document',
      name: "downloads an unknown reason's document",
      path: `/api/attendance/pupils/${studentId}/justifications/2026-12-07.none/document`,
      expected: { others: 404 },
    },
    {
      route: 'GET /api/attendance/justifications',
      name: 'lists the reasons awaiting a decision',
      path: '/api/attendance/justifications',
      expected: decides,
    },
    {
      route: 'GET /api/attendance/classes/{classId}/counts',
      name: "counts a taught class's half-days of absence",
      path: `/api/attendance/classes/${taughtClass}/counts`,
      expected: { teacher: 200, staff: 200, 'school-admin': 200, others: 404 },
    },
    {
      route: 'GET /api/attendance/flagged',
      name: 'lists the pupils flagged this month',
      path: '/api/attendance/flagged',
      expected: decides,
    },
    {
      route: 'GET /api/attendance/registers/{activityId}/{seriesDate}/pdf',
      name: 'prints the register of a course session',
      path: () => `/api/attendance/registers/${planning().activityId}/2026-11-17/pdf`,
      expected: { teacher: 200, staff: 200, 'school-admin': 200, others: 404 },
    },
    {
      route: 'GET /api/attendance/export',
      name: "exports a class's attendance as CSV",
      path: `/api/attendance/export?classId=${taughtClass}&from=2026-11-01&to=2026-11-30`,
      expected: decides,
    },
  ];
};

/**
 * The roll call (issue 17), on a past Tuesday of the demo teacher's course: its teacher reads the register and may no
 * longer change it (the day is over); vie scolaire and the head of school may; to anyone else it does not exist.
 */
const attendanceCases = (planning: () => { activityId: string }): Case[] => {
  const register = () => `/api/attendance/registers/${planning().activityId}/2026-11-17`;
  return [
    {
      route: 'GET /api/attendance/my-courses',
      name: 'lists one’s own courses of the day',
      path: '/api/attendance/my-courses',
      expected: { others: 200 },
    },
    {
      route: 'GET /api/attendance/registers/{activityId}/{seriesDate}',
      name: 'reads the register of a course session',
      path: register,
      expected: { teacher: 200, staff: 200, 'school-admin': 200, others: 404 },
    },
    {
      route: 'PUT /api/attendance/registers/{activityId}/{seriesDate}',
      name: 'takes the register of a past session',
      path: register,
      body: { marks: [] },
      // The staff take it first; the administrators' save, made without its version, is stale.
      expected: { teacher: 403, staff: 200, 'school-admin': 412, others: 404 },
    },
    {
      route: 'GET /api/attendance/days/{date}',
      name: 'reads vie scolaire’s day',
      path: '/api/attendance/days/2026-11-17',
      expected: { staff: 200, 'school-admin': 200, others: 403 },
    },
  ];
};

/**
 * Instruments (issue 19): teachers, staff, planners and the head of school read the inventory (the demo
 * conservatoire's collection); staff and the head of school keep it and publish its catalogues.
 */
const readsInventory: Expected = { teacher: 200, staff: 200, planner: 200, 'school-admin': 200, others: 403 };
const keepsInventory: Expected = { staff: 200, 'school-admin': 200, others: 403 };
const loansCases: Case[] = [
  {
    route: 'GET /api/loans/items',
    name: 'lists the strings of the inventory',
    path: '/api/loans/items?family=strings',
    expected: readsInventory,
  },
  {
    route: 'POST /api/loans/items',
    name: 'adds an instrument',
    path: '/api/loans/items',
    body: () => ({ family: 'strings', kind: 'Violon 1/4', serialNumber: `AM-${Math.random()}` }),
    expected: { staff: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/loans/items/{itemId}',
    name: 'reads a cello of the collection',
    path: '/api/loans/items/inst-violoncelle-1',
    expected: readsInventory,
  },
  {
    route: 'PUT /api/loans/items/{itemId}',
    name: 'changes an unknown item',
    path: '/api/loans/items/none',
    body: { family: 'strings', kind: 'Violon 1/4', version: 1 },
    expected: { staff: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'GET /api/loans/export',
    name: 'exports the inventory as CSV',
    path: '/api/loans/export?family=winds',
    expected: readsInventory,
  },
  {
    route: 'POST /api/loans/imports',
    name: 'checks a spreadsheet of instruments',
    path: '/api/loans/imports',
    body: { file: Buffer.from('Désignation\r\nAlto\r\n').toString('base64'), apply: false },
    expected: keepsInventory,
  },
  {
    route: 'GET /api/loans/labels',
    name: 'prints the labels of the brass',
    path: '/api/loans/labels?family=brass',
    expected: readsInventory,
  },
  {
    route: 'GET /api/loans/catalogues',
    name: 'reads the catalogues’ addresses',
    path: '/api/loans/catalogues',
    expected: readsInventory,
  },
  {
    route: 'POST /api/loans/catalogues',
    name: 'publishes the catalogues',
    path: '/api/loans/catalogues',
    expected: keepsInventory,
  },
  // L2 loan form: a loan of nobody's (its form would answer its borrower, their guardians and staff only).
  ...(
    [
      ['GET', 'contract', 'reads a loan’s form', undefined],
      ['GET', 'contract.pdf', 'downloads a loan’s contract', undefined],
      [
        'POST',
        'insurance',
        'declares a loan’s insurance',
        { name: 'assurance.pdf', contentType: 'application/pdf', size: 10 },
      ],
      [
        'PUT',
        'insurance',
        'records a loan’s insurance',
        { id: 'upload-1', name: 'assurance.pdf', contentType: 'application/pdf', size: 10, version: 1 },
      ],
      ['GET', 'insurance', 'downloads a loan’s insurance', undefined],
      ['POST', 'signature', 'signs a loan’s form', { typedName: 'Prénom Nom', version: 1 }],
    ] as const
  ).map(([method, action, name, body]) => ({
    route: `${method} /api/loans/{loanId}/${action}`,
    name,
    path: `/api/loans/none/${action}`,
    ...(body && { body }),
    expected: { student: 404, guardian: 404, teacher: 404, staff: 404, 'school-admin': 404, others: 403 },
  })),
  ...(
    [
      ['hand-over', 'hands a loan’s item over', { version: 1 }],
      ['return', 'checks a loan’s item back', { condition: 'good', version: 1 }],
      ['deposit-return', 'gives a loan’s deposit back', { version: 1 }],
    ] as const
  ).map(([action, name, body]) => ({
    route: `POST /api/loans/{loanId}/${action}`,
    name,
    path: `/api/loans/none/${action}`,
    body,
    expected: { staff: 404, 'school-admin': 404, others: 403 },
  })),
  {
    route: 'GET /api/loans/items/{itemId}/loans',
    name: 'lists a cello’s loans',
    path: '/api/loans/items/inst-violoncelle-1/loans',
    expected: keepsInventory,
  },
  // L3 overdue and campaign: staff and the head of school follow the late loans and run the campaign; anyone
  // reads their own renewals (and their children's); a renewal nobody has is not found.
  {
    route: 'GET /api/loans/overdue',
    name: 'lists the late loans (« Relances »)',
    path: '/api/loans/overdue',
    expected: keepsInventory,
  },
  {
    route: 'POST /api/loans/campaigns',
    name: 'opens next year’s renewal campaign',
    path: '/api/loans/campaigns',
    body: () => ({ schoolYear: followingYear(schoolYearOf(new Date().toISOString().slice(0, 10))) }),
    expected: keepsInventory,
  },
  {
    route: 'GET /api/loans/campaigns/{year}',
    name: 'reads a campaign never opened',
    path: '/api/loans/campaigns/2030-2031',
    expected: { staff: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'POST /api/loans/campaigns/{year}/decisions',
    name: 'decides in a campaign never opened',
    path: '/api/loans/campaigns/2030-2031/decisions',
    body: { approve: [] },
    expected: { staff: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'GET /api/loans/renewals',
    name: 'reads one’s own renewals to answer',
    path: '/api/loans/renewals',
    expected: { others: 200 },
  },
  {
    route: 'POST /api/loans/{loanId}/renewal-answer',
    name: 'answers a renewal nobody has',
    path: '/api/loans/none/renewal-answer',
    body: { answer: 'renew' },
    expected: { others: 404 },
  },
  // L1 loans: pupils and teachers ask for themselves, guardians for their children, staff for anyone.
  {
    route: 'GET /api/loans/availability',
    name: 'reads the strings held over a month',
    path: `/api/loans/availability?family=strings&month=${todayInParis().slice(0, 7)}`,
    expected: { sales: 403, 'authority-admin': 403, others: 200 },
  },
  {
    route: 'POST /api/loans',
    name: 'asks to borrow a cello (a guardian for their child, staff for a pupil)',
    path: '/api/loans',
    body: (profile: Profile) => ({
      itemId: 'inst-violoncelle-1',
      startDate: plusDays(todayInParis(), 60),
      endDate: plusDays(todayInParis(), 90),
      ...(profile === 'guardian' && { borrowerId: childOfGuardian }),
      ...((profile === 'staff' || profile === 'school-admin') && { borrowerId: studentId }),
    }),
    expected: { student: 201, guardian: 201, teacher: 201, staff: 201, 'school-admin': 201, others: 404 },
  },
  {
    route: 'GET /api/loans',
    name: 'lists one’s own and one’s children’s loans',
    path: '/api/loans',
    expected: { planner: 403, sales: 403, 'authority-admin': 403, others: 200 },
  },
  {
    route: 'GET /api/loans',
    name: 'lists the desk’s requests',
    path: '/api/loans?status=requested',
    expected: keepsInventory,
  },
  {
    route: 'GET /api/loans/{loanId}',
    name: 'reads an unknown loan',
    path: '/api/loans/none',
    expected: { others: 404 },
  },
  {
    route: 'POST /api/loans/{loanId}/decision',
    name: 'decides on an unknown loan',
    path: '/api/loans/none/decision',
    body: { decision: 'refuse', reason: 'Plus d’instrument', version: 1 },
    expected: { others: 404 },
  },
  // L4 photos
  {
    route: 'POST /api/loans/items/{itemId}/photo-uploads',
    name: 'declares a photo of a cello',
    path: '/api/loans/items/inst-violoncelle-2/photo-uploads',
    body: { contentType: 'image/jpeg', size: 1000 },
    expected: { staff: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'POST /api/loans/items/{itemId}/photos',
    name: 'adds a photo never uploaded',
    path: '/api/loans/items/inst-violoncelle-2/photos',
    body: { photoId: 'never-uploaded' },
    expected: { staff: 409, 'school-admin': 409, others: 403 },
  },
  {
    route: 'GET /api/loans/items/{itemId}/photos/{photoId}',
    name: 'links to a cello’s demo photo',
    path: '/api/loans/items/inst-violoncelle-1/photos/demo',
    expected: readsInventory,
  },
  {
    route: 'DELETE /api/loans/items/{itemId}/photos/{photoId}',
    name: 'removes a photo the cello does not have',
    path: '/api/loans/items/inst-violoncelle-1/photos/none',
    expected: { staff: 404, 'school-admin': 404, others: 403 },
  },
  // L6 the school's rules of lending: read by those who read the inventory, set by those who keep it (here on a
  // version nobody has: 409 loan_rules_stale, nothing written).
  {
    route: 'GET /api/loans/rules',
    name: 'reads the school’s rules of lending',
    path: '/api/loans/rules',
    expected: readsInventory,
  },
  {
    route: 'PUT /api/loans/rules',
    name: 'sets the rules on a version nobody read',
    path: '/api/loans/rules',
    body: {
      version: 999_999,
      rules: [{ family: 'voice', borrowers: ['teacher'], bufferDays: 1, kind: 'free' }],
    },
    expected: { staff: 409, 'school-admin': 409, others: 403 },
  },
];

/** Sales (issue 18): the sales desk and the head of school, nobody else. Ids per writer, each at version 1. */
const sales = {
  clientIds: new Map<Profile, string>(),
  gridIds: new Map<Profile, string>(),
  quoteIds: new Map<Profile, string>(),
  placeId: '',
};
const sells: Expected = { sales: 200, 'school-admin': 200, others: 403 };
const sellsNew: Expected = { sales: 201, 'school-admin': 201, others: 403 };
const ownOr = (ids: Map<Profile, string>) => (profile: Profile) =>
  ids.get(profile) ?? ids.get('sales') ?? 'none';
const salesClientBody = {
  legalName: 'Chœur des Lilas',
  category: 'association',
  siren: '732829320',
  billingAddress: { lines: ['12 rue des Lilas'], postcode: '75019', city: 'Paris', countryCode: 'FR' },
  contact: { name: 'Marie Durand' },
};
/** A grid of its own year for each writer: grids never overlap. */
const salesGridBody = (year: number) => ({
  name: `Saison ${year}`,
  validFrom: `${year}-01-01`,
  validTo: `${year}-12-31`,
  rates: [
    { placeKind: 'concert-hall', category: 'association', unit: 'hour', priceCents: 6000, vatRate: 20 },
  ],
});
const salesQuoteBody = (profile?: Profile) => ({
  clientId: ownOr(sales.clientIds)(profile ?? 'sales'),
  slots: [
    { placeId: sales.placeId, startsAt: '2033-03-13T19:00:00+01:00', endsAt: '2033-03-13T21:00:00+01:00' },
  ],
});
const salesCases = (): Case[] => [
  // S1 clients, grids, quotes
  { route: 'GET /api/sales/clients', name: 'lists the clients', path: '/api/sales/clients', expected: sells },
  {
    route: 'POST /api/sales/clients',
    name: 'adds a client',
    path: '/api/sales/clients',
    body: salesClientBody,
    expected: sellsNew,
  },
  {
    route: 'GET /api/sales/clients/{clientId}',
    name: 'reads a client',
    path: (profile) => `/api/sales/clients/${ownOr(sales.clientIds)(profile)}`,
    expected: sells,
  },
  {
    route: 'PUT /api/sales/clients/{clientId}',
    name: 'changes a client',
    path: (profile) => `/api/sales/clients/${ownOr(sales.clientIds)(profile)}`,
    body: { ...salesClientBody, version: 1 },
    expected: sells,
  },
  { route: 'GET /api/sales/grids', name: 'lists the rate grids', path: '/api/sales/grids', expected: sells },
  {
    route: 'POST /api/sales/grids',
    name: 'adds a rate grid',
    path: '/api/sales/grids',
    body: (profile: Profile) =>
      salesGridBody(profile === 'sales' ? 2035 : profile === 'school-admin' ? 2036 : 2032),
    expected: sellsNew,
  },
  {
    route: 'GET /api/sales/grids/{gridId}',
    name: 'reads a rate grid',
    path: (profile) => `/api/sales/grids/${ownOr(sales.gridIds)(profile)}`,
    expected: sells,
  },
  {
    route: 'PUT /api/sales/grids/{gridId}',
    name: 'changes a rate grid',
    path: (profile) => `/api/sales/grids/${ownOr(sales.gridIds)(profile)}`,
    body: (profile: Profile) => ({ ...salesGridBody(profile === 'school-admin' ? 2034 : 2033), version: 1 }),
    expected: sells,
  },
  {
    route: 'POST /api/sales/quotes/preview',
    name: 'prices a quote without saving it',
    path: '/api/sales/quotes/preview',
    body: (profile: Profile) => salesQuoteBody(profile),
    expected: sells,
  },
  {
    route: 'POST /api/sales/quotes',
    name: 'makes a draft quote',
    path: '/api/sales/quotes',
    body: (profile: Profile) => salesQuoteBody(profile),
    expected: sellsNew,
  },
  {
    route: 'GET /api/sales/quotes',
    name: 'lists the draft quotes',
    path: '/api/sales/quotes',
    expected: sells,
  },
  {
    route: 'GET /api/sales/quotes/{quoteId}',
    name: 'reads a quote',
    path: (profile) => `/api/sales/quotes/${ownOr(sales.quoteIds)(profile)}`,
    expected: sells,
  },
  {
    route: 'PUT /api/sales/quotes/{quoteId}',
    name: 'changes a draft quote',
    path: (profile) => `/api/sales/quotes/${ownOr(sales.quoteIds)(profile)}`,
    body: (profile: Profile) => ({ ...salesQuoteBody(profile), version: 1 }),
    expected: sells,
  },
  // S2 holds, client's link, documents
  // S3 invoices
  // S4 payments, journal
];

/** Sales invoices (issue 18, S3): the sales desk and the head of school; ids no invoice or quote has answer 404. */
const unknownSalesId = '00000000-0000-4000-8000-00000000abcd';
const salesInvoiceDesk = (status: number): Expected => ({
  sales: status,
  'school-admin': status,
  others: 403,
});
const salesInvoiceCases: Case[] = [
  {
    route: 'POST /api/sales/quotes/{quoteId}/invoices',
    name: 'invoices a quote',
    path: `/api/sales/quotes/${unknownSalesId}/invoices`,
    body: { kind: 'invoice' },
    expected: salesInvoiceDesk(404),
  },
  {
    route: 'GET /api/sales/invoices',
    name: 'lists the invoices',
    path: '/api/sales/invoices',
    expected: salesInvoiceDesk(200),
  },
  ...['', '/factur-x', '/ubl', '/cii', '/csv'].map((suffix) => ({
    route: `GET /api/sales/invoices/{invoiceId}${suffix}`,
    name: `reads an invoice${suffix}`,
    path: `/api/sales/invoices/${unknownSalesId}${suffix}`,
    expected: salesInvoiceDesk(404),
  })),
  {
    route: 'POST /api/sales/invoices/{invoiceId}/credit-note',
    name: 'credits an invoice',
    path: `/api/sales/invoices/${unknownSalesId}/credit-note`,
    expected: salesInvoiceDesk(404),
  },
  {
    route: 'PUT /api/sales/invoices/{invoiceId}/external-number',
    name: 'records the number of a draft',
    path: `/api/sales/invoices/${unknownSalesId}/external-number`,
    body: { externalNumber: 'FAC-1' },
    expected: salesInvoiceDesk(404),
  },
];

/**
 * Sales payments (issue 18, S4): the sales desk and the head of school only; an invoice of no one is not found to
 * them, and the route is refused to everyone else before anything is read.
 */
const salesPaymentCases: Case[] = [
  {
    route: 'GET /api/sales/invoices/{invoiceId}/payments',
    name: 'reads an invoice’s payments',
    path: '/api/sales/invoices/no-invoice/payments',
    expected: { sales: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'POST /api/sales/invoices/{invoiceId}/payments',
    name: 'records a payment',
    path: '/api/sales/invoices/no-invoice/payments',
    body: { date: '2026-12-07', amountCents: 1000, means: 'cheque' },
    expected: { sales: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'POST /api/sales/invoices/{invoiceId}/payments/{paymentId}/cancellation',
    name: 'cancels a payment',
    path: '/api/sales/invoices/no-invoice/payments/no-payment/cancellation',
    expected: { sales: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'GET /api/sales/overdue',
    name: 'lists the overdue invoices',
    path: '/api/sales/overdue',
    expected: { sales: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/sales/journal',
    name: 'downloads the sales journal',
    path: '/api/sales/journal?from=2026-11-01&to=2026-11-30',
    expected: { sales: 200, 'school-admin': 200, others: 403 },
  },
];

// T2 time: hours, approval, exports
const staffId = accountOf('staff').personId;
/** Each manager approves a week of their own, so that each succeeds whatever profiles come before. */
const mondayToApprove = (profile: Profile) =>
  ({ planner: '2025-09-01', 'school-admin': '2025-09-08' })[profile as string] ?? '2025-09-15';
const timeHoursCases = (planning: () => { projectId: string; activityId: string }): Case[] => [
  {
    route: 'PUT /api/time/shifts/{shiftId}/actual',
    name: 'enters the actual hours of a shift that does not exist',
    path: '/api/time/shifts/00000000-0000-4000-8000-000000000000/actual',
    body: { startsAt: '2025-09-01T09:00:00+02:00', endsAt: '2025-09-01T12:00:00+02:00', version: 1 },
    expected: { others: 404 },
  },
  {
    route: 'POST /api/time/weeks/{monday}/approvals',
    name: 'approves a technician’s week',
    path: (profile) => `/api/time/weeks/${mondayToApprove(profile)}/approvals`,
    body: { personIds: [staffId] },
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/time/weeks/{monday}/reopenings',
    name: 'reopens a week that is not approved',
    path: '/api/time/weeks/2025-09-22/reopenings',
    body: { personId: staffId, reason: 'Oubli' },
    expected: { planner: 409, 'school-admin': 409, others: 403 },
  },
  {
    route: 'GET /api/time/totals',
    name: 'reads a technician’s totals',
    path: `/api/time/totals?personId=${staffId}`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/time/totals',
    name: 'reads everyone’s totals',
    path: '/api/time/totals',
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/time/projects/{projectId}/totals',
    name: 'reads a production’s hours and cost',
    path: () => `/api/time/projects/${planning().projectId}/totals`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/time/exports/payroll.csv',
    name: 'downloads the month’s hours for payroll',
    path: '/api/time/exports/payroll.csv?month=2026-11',
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/time/exports/intermittents.csv',
    name: 'downloads the month’s intermittents’ hours',
    path: '/api/time/exports/intermittents.csv?month=2026-11',
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
];

/** Technical staff's time (T1): contracts, shifts, candidates and weeks for the planners; a technician's own week. */
const technicianId = accountOf('staff').personId;
const plansTime: Expected = { planner: 200, 'school-admin': 200, others: 403 };
const timeCases: Case[] = [
  {
    route: 'PUT /api/time/people/{personId}/contract',
    name: 'gives a technician their contract',
    path: `/api/time/people/${technicianId}/contract`,
    body: { kind: 'public-local', weeklyHours: 35, skills: ['stage'], from: '2026-09-01' },
    expected: plansTime,
  },
  {
    route: 'GET /api/time/team',
    name: 'lists the technical team',
    path: '/api/time/team',
    expected: plansTime,
  },
  {
    route: 'GET /api/time/candidates',
    name: 'lists who may take a shift',
    path: '/api/time/candidates?startsAt=2027-04-06T09%3A00%3A00%2B02%3A00&endsAt=2027-04-06T12%3A00%3A00%2B02%3A00',
    expected: plansTime,
  },
  {
    route: 'POST /api/time/shifts',
    name: 'plans a technician’s shift',
    path: '/api/time/shifts',
    body: (profile: Profile) => {
      const day = profile === 'planner' ? '2027-04-06' : '2027-04-13';
      return {
        personId: technicianId,
        work: 'maintenance',
        planned: { startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T12:00:00+02:00` },
      };
    },
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'PUT /api/time/shifts/{shiftId}',
    name: 'changes an unknown shift',
    path: '/api/time/shifts/none',
    body: {
      personId: technicianId,
      work: 'maintenance',
      planned: { startsAt: '2027-04-20T09:00:00+02:00', endsAt: '2027-04-20T12:00:00+02:00' },
      version: 1,
    },
    expected: { planner: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'DELETE /api/time/shifts/{shiftId}',
    name: 'removes an unknown shift',
    path: '/api/time/shifts/none?version=1',
    expected: { planner: 404, 'school-admin': 404, others: 403 },
  },
  {
    route: 'GET /api/time/weeks/{monday}',
    name: 'reads the team’s week, or a technician their own',
    path: '/api/time/weeks/2027-04-05',
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/time/weeks/{monday}',
    name: 'reads a technician’s week',
    path: `/api/time/weeks/2027-04-05?personId=${technicianId}`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/time/projects/{projectId}/shifts',
    name: 'lists a production’s shifts',
    path: '/api/time/projects/none/shifts',
    expected: plansTime,
  },
];

const cases = (
  batchId: () => string,
  importId: () => string,
  planning: () => { projectId: string; activityId: string } = () => ({ projectId: '', activityId: '' }),
  shared: () => { feedId: string; siteId: string } = () => ({ feedId: '', siteId: '' }),
  documents: () => Map<Profile, string> = () => new Map(),
  booked: () => { bookingId: string; requests: Map<Profile, string> } = () => ({
    bookingId: '',
    requests: new Map(),
  }),
): Case[] => [
  ...planningCases(planning),
  ...bookingCases(booked),
  ...requestFormCases(planning),
  ...documentCases(planning, documents),
  ...homeworkCases(planning),
  ...absenceCases(planning),
  ...attendanceCases(planning),
  ...loansCases,
  ...salesPaymentCases,
  ...timeHoursCases(planning),
  ...auditCases,
  ...salesHoldCases,
  ...salesInvoiceCases,
  ...workGroupCases,
  ...messageCases,
  ...messagingRuleCases,
  ...liaisonCases,
  ...notificationCases,
  ...sharingCases(
    () => shared().feedId,
    () => shared().siteId,
  ),
  ...salesCases(),
  ...timeCases,
  { route: 'GET /api/places', name: 'lists places', path: places, expected: { others: 200 } },
  {
    route: 'POST /api/places',
    name: 'creates a place',
    path: places,
    body: () => ({ name: `Salle ${Math.random()}`, kind: 'classroom', capacity: 20, site: 'Site Berlioz' }),
    expected: { planner: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/places/{placeId}',
    name: 'reads a place',
    path: `${places}/${placeId}`,
    expected: { others: 200 },
  },
  {
    route: 'PATCH /api/places/{placeId}',
    name: 'changes a place',
    path: `${places}/${placeId}`,
    body: { capacity: 30 },
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/places/{placeId}/archive',
    name: 'archives a place',
    path: `${places}/${placeId}/archive`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/places/{placeId}/restore',
    name: 'restores a place',
    path: `${places}/${placeId}/restore`,
    expected: { planner: 200, 'school-admin': 200, others: 403 },
  },
  { route: 'GET /api/me', name: 'reads who is signed in', path: '/api/me', expected: { others: 200 } },
  {
    route: 'POST /api/activation-batches',
    name: "issues codes to a class's families",
    path: '/api/activation-batches',
    body: { scope: 'class', classId: untaughtClass },
    expected: { 'school-admin': 201, others: 403 },
  },
  {
    route: 'POST /api/activation-batches',
    name: "issues codes to the school's administrators",
    path: '/api/activation-batches',
    body: { scope: 'school-admins' },
    expected: { 'school-admin': 201, 'authority-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/activation-batches/{batchId}',
    name: "reads a class's batch",
    path: () => `/api/activation-batches/${batchId()}`,
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/people/{personId}',
    name: 'reads one’s own record',
    path: (profile) => `/api/people/${accountOf(profile).personId}`,
    expected: { others: 200 },
  },
  {
    route: 'GET /api/people/{personId}',
    name: "reads the guardian's child",
    path: `/api/people/${childOfGuardian}`,
    expected: {
      guardian: 200,
      teacher: teachesChild ? 200 : 404,
      staff: 200,
      planner: 200,
      'school-admin': 200,
      others: 404,
    },
  },
  {
    route: 'GET /api/people/{personId}',
    name: 'reads a student of no demo family',
    path: `/api/people/${strangerStudent}`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/people/{personId}',
    name: 'reads a person that does not exist',
    path: '/api/people/00000000-0000-4000-8000-000000000000',
    expected: { others: 404 },
  },
  {
    route: 'PATCH /api/people/{personId}',
    name: "changes the guardian's phone",
    path: `/api/people/${guardianId}`,
    body: { phone: '06 11 22 33 44' },
    expected: { guardian: 200, staff: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/people/{personId}/changes',
    name: "reads the audit trail of the guardian's data",
    path: `/api/people/${guardianId}/changes`,
    expected: { 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/people',
    name: 'searches people by name',
    path: '/api/people?name=ma',
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'GET /api/duplicate-guardians',
    name: 'lists duplicate guardians to review',
    path: '/api/duplicate-guardians',
    expected: { staff: 200, 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/duplicate-guardians/merge',
    name: 'merges guardians (a record into itself, refused after the rights check)',
    path: '/api/duplicate-guardians/merge',
    body: { keepId: guardianId, mergeIds: [guardianId] },
    expected: { staff: 400, 'school-admin': 400, others: 403 },
  },
  {
    route: 'POST /api/exports/oneroster',
    name: 'exports the directory as OneRoster',
    path: '/api/exports/oneroster',
    expected: { 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/school-years',
    name: 'reads the school years',
    path: '/api/school-years',
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/school-years/switch',
    name: 'switches years with nothing prepared',
    path: '/api/school-years/switch',
    expected: { 'school-admin': 409, others: 403 },
  },
  {
    route: 'POST /api/people',
    name: 'adds a guest artist',
    path: '/api/people',
    body: {
      firstName: 'Léa',
      lastName: 'Invitée',
      kind: 'guest-artist',
      organisation: 'Orchestre de chambre',
    },
    expected: { staff: 201, 'school-admin': 201, others: 403 },
  },
  {
    route: 'POST /api/imports',
    name: 'starts an import',
    path: '/api/imports',
    body: { source: 'siecle', files: ['ElevesAvecAdresses.xml'] },
    expected: { 'school-admin': 201, others: 403 },
  },
  {
    route: 'GET /api/imports/{jobId}',
    name: 'reads an import',
    path: () => `/api/imports/${importId()}`,
    expected: { 'school-admin': 200, others: 403 },
  },
  {
    route: 'POST /api/imports/{jobId}/apply',
    name: 'applies an import not checked yet',
    path: () => `/api/imports/${importId()}/apply`,
    expected: { 'school-admin': 409, others: 403 },
  },
  {
    route: 'POST /api/imports/{jobId}/dry-run',
    name: 'checks an import',
    path: () => `/api/imports/${importId()}/dry-run`,
    expected: { 'school-admin': 202, others: 403 },
  },
  {
    route: 'GET /api/classes',
    name: 'lists classes',
    path: '/api/classes',
    expected: { teacher: 200, staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/classes/{classId}/students',
    name: 'lists the students of a class the teacher teaches',
    path: `/api/classes/${taughtClass}/students`,
    expected: { teacher: 200, staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
  {
    route: 'GET /api/classes/{classId}/students',
    name: 'lists the students of a class the teacher does not teach',
    path: `/api/classes/${untaughtClass}/students`,
    expected: { staff: 200, planner: 200, 'school-admin': 200, others: 404 },
  },
];

describe('rights: every signed-in route for every profile, on the local platform', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const logLines: string[] = [];
  const tokens = new Map<Profile, string>();
  let origin: string;
  let otherOrigin: string;
  let batchId = '';
  let importId = '';
  let planning = { projectId: '', activityId: '' };
  let shared = { feedId: '', siteId: '' };
  /** A booking of the student, and a pending request for each planner's answer. */
  const booked = { bookingId: '', requests: new Map<Profile, string>() };
  /** A document per profile, so that each allowed removal has one to remove. */
  const documents = new Map<Profile, string>();

  const call = (method: string, path: string, token: string | undefined, body?: unknown) =>
    fetch(`${origin}${path}`, {
      method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        origin,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    platform = await startPlatform({
      schools: [demoSchool, otherSchool].filter((school) => school !== undefined),
      host: '127.0.0.1',
      basePort: 0,
      demoSchoolId: demoSchool?.id,
      webDirectory: '/nonexistent',
      log: (line) => logLines.push(line),
    });
    [origin, otherOrigin] = platform.schools.map(({ url }) => url) as [string, string];
    for (const profile of profilesInOrder)
      tokens.set(profile, await signIn(origin, accountOf(profile).username));
    const batch = await call('POST', '/api/activation-batches', tokens.get('school-admin'), {
      scope: 'class',
      classId: taughtClass,
    });
    batchId = (await batch.json()).batchId;
    const started = await call('POST', '/api/imports', tokens.get('school-admin'), {
      source: 'siecle',
      files: ['ElevesAvecAdresses.xml'],
    });
    importId = (await started.json()).jobId;
    const project = await call('POST', '/api/projects', tokens.get('planner'), {
      kind: 'course',
      name: 'Formation musicale du mardi',
      members: [{ personId: teacherId, role: 'professeur' }],
      classIds: [taughtClass],
    });
    const projectId = (await project.json()).id;
    const course = await call('POST', `/api/projects/${projectId}/activities`, tokens.get('planner'), {
      title: 'Formation musicale',
      schedule: {
        kind: 'weekly',
        weekday: 2,
        start: '17:00',
        end: '18:00',
        from: '2026-09-01',
        until: '2027-06-29',
      },
      placeIds: [placeId],
      personIds: [teacherId],
      classIds: [taughtClass],
      // The demo year already uses this room and this teacher: the overlap does not matter here.
      acceptConflicts: true,
    });
    planning = { projectId, activityId: (await course.json()).activity.id };
    const feed = await call('POST', '/api/feeds', tokens.get('planner'), {
      selection: { kind: 'project', id: projectId },
    });
    const site = await call('POST', '/api/mini-sites', tokens.get('planner'), {
      name: 'Le cours du mardi',
      tabs: [{ kind: 'project-sheet', projectId }],
    });
    shared = { feedId: (await feed.json()).feed.feedId, siteId: (await site.json()).site.siteId };
    for (const profile of profilesInOrder) {
      const added = await call('POST', `/api/projects/${projectId}/documents`, tokens.get('planner'), {
        name: `Partition ${profile}.pdf`,
        contentType: 'application/pdf',
        size: 1000,
      });
      documents.set(profile, (await added.json()).document.documentId);
    }
    await call('PUT', '/api/booking-rules', tokens.get('planner'), bookingRules);
    const booking = await call('POST', '/api/bookings', tokens.get('student'), {
      placeId,
      date: nextTuesday,
      start: '09:00',
      end: '09:30',
    });
    booked.bookingId = (await booking.json()).activity.id;
    for (const profile of ['planner', 'school-admin'] as const) {
      const late = await call('POST', '/api/bookings', tokens.get('student'), {
        placeId,
        date: nextTuesday,
        start: profile === 'planner' ? '20:00' : '20:30',
        end: profile === 'planner' ? '20:30' : '21:00',
      });
      booked.requests.set(profile, (await late.json()).request.requestId);
    }
    for (const profile of ['planner', 'school-admin'] as const) {
      const form = await call('POST', '/api/request-forms', tokens.get(profile), needsForm);
      requestForms.formIds.set(profile, (await form.json()).id);
    }
    const submit = async () => {
      const submitted = await call('POST', '/api/form-requests', tokens.get('teacher'), {
        formId: requestForms.formIds.get('planner'),
        projectId,
        answers: { besoin: 'Un pupitre' },
      });
      return (await submitted.json()).id as string;
    };
    const note = await call('POST', '/api/liaison-notes', tokens.get('staff'), {
      title: 'Réunion parents-professeurs',
      text: 'Mardi à 18 h.',
      kind: 'reunion',
      to: { kind: 'class', classId: liaisonClass },
    });
    liaisonNote.noteId = (await note.json()).id;
    requestForms.requestId = await submit();
    for (const profile of ['staff', 'planner', 'school-admin'] as const) {
      requestForms.requestIds.set(profile, await submit());
    }
    // Sales: a hall, then for each writer a client, a grid of its own year, a draft quote in 2033 (grids and dates stay within the ten years the API takes).
    const hall = await call('POST', '/api/places', tokens.get('school-admin'), {
      name: 'Auditorium des ventes',
      kind: 'concert-hall',
      capacity: 200,
      site: 'Site Berlioz',
    });
    sales.placeId = (await hall.json()).id;
    for (const [index, profile] of (['sales', 'school-admin'] as const).entries()) {
      const client = await call('POST', '/api/sales/clients', tokens.get(profile), salesClientBody);
      sales.clientIds.set(profile, (await client.json()).clientId);
      const grid = await call('POST', '/api/sales/grids', tokens.get(profile), salesGridBody(2033 + index));
      sales.gridIds.set(profile, (await grid.json()).gridId);
      const quote = await call('POST', '/api/sales/quotes', tokens.get(profile), salesQuoteBody(profile));
      sales.quoteIds.set(profile, (await quote.json()).quoteId);
    }
  }, 600_000);

  afterAll(async () => platform?.stop());

  it('lists a case for every signed-in route, so that no route escapes the matrix', () => {
    const covered = new Set(
      cases(
        () => batchId,
        () => importId,
      ).map(({ route }) => route),
    );
    const signedInRoutes = routes.filter(({ access }) => access === 'signed-in');
    expect(
      signedInRoutes.map(({ method, path }) => `${method} ${path}`).filter((key) => !covered.has(key)),
    ).toEqual([]);
  });

  for (const testCase of cases(
    () => batchId,
    () => importId,
    () => planning,
    () => shared,
    () => documents,
    () => booked,
  )) {
    const method = testCase.route.split(' ')[0] as string;
    it(`${testCase.route}: ${testCase.name}`, async () => {
      const answers: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const profile of profilesInOrder) {
        const body = typeof testCase.body === 'function' ? testCase.body(profile) : testCase.body;
        const path = typeof testCase.path === 'function' ? testCase.path(profile) : testCase.path;
        answers[profile] = (await call(method, path, tokens.get(profile), body)).status;
        expected[profile] = testCase.expected[profile] ?? testCase.expected.others;
      }
      expect(answers).toEqual(expected);
    });
  }

  it('logs each denial with who, what and when', async () => {
    await call('GET', `/api/people/${strangerStudent}`, tokens.get('student'));
    const denial = logLines
      .map((line) => line.slice(line.indexOf('{')))
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .findLast(
        (entry) => entry.message === 'Access denied' && entry.resource === `person ${strangerStudent}`,
      );
    expect(denial).toMatchObject({
      who: studentId,
      action: 'people:read',
      route: 'GET /api/people/{personId}',
    });
    expect(Date.parse(denial.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses every signed-in route without a token, before any function runs', async () => {
    for (const route of routes.filter(({ access }) => access === 'signed-in')) {
      const path = route.path.replace(/\{\w+\}/g, 'x');
      const response = await call(route.method, path, undefined, route.method === 'GET' ? undefined : {});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });

  it('serves the API document to anyone, without a token: every route of the table, tagged', async () => {
    const response = await call('GET', '/api/openapi.json', undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    for (const route of routes) {
      expect(document.paths[route.path]?.[route.method.toLowerCase()]?.tags).toEqual([route.module]);
    }
  });

  it('refuses a valid token of another school, both ways', async () => {
    const otherToken = await signIn(otherOrigin, 'direction.demo');
    expect((await call('GET', '/api/me', otherToken)).status).toBe(401);
    const back = await fetch(`${otherOrigin}/api/me`, {
      headers: { authorization: `Bearer ${tokens.get('school-admin')}` },
    });
    expect(back.status).toBe(401);
    const own = await fetch(`${otherOrigin}/api/me`, { headers: { authorization: `Bearer ${otherToken}` } });
    expect(own.status).toBe(200);
  });

  it('refuses a tampered token: the signature no longer matches', async () => {
    const [header, , signature] = (tokens.get('student') as string).split('.');
    const claims = { ...decodeJwt(tokens.get('student') as string), sub: 'someone-else' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await call('GET', '/api/me', forged)).status).toBe(401);
    expect((await call('GET', '/api/me', 'not-a-token')).status).toBe(401);
  });

  it('refuses an expired token, even one signed by the school’s issuer, with API Gateway’s own 401', async () => {
    const claims = decodeJwt(tokens.get('guardian') as string);
    const expired = await signWithIssuerKey({
      ...claims,
      iat: Math.floor(Date.now() / 1000) - 7200,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const refused = await call('GET', '/api/me', expired);
    // API Gateway's own answer, locally as in AWS: no code (the portal gives it `unauthorized`), and the challenge.
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toBe('application/json');
    expect(refused.headers.get('www-authenticate')).toBe(
      'Bearer scope="" error="invalid_token" error_description="the token has expired"',
    );
    expect(refused.headers.get('apigw-requestid')).toMatch(/^[\w+/]{15}=$/);
    expect(await refused.text()).toBe('{"message":"Unauthorized"}');
    const missing = await call('GET', '/api/me', undefined);
    expect([missing.status, missing.headers.get('www-authenticate'), await missing.text()]).toEqual([
      401,
      'Bearer',
      '{"message":"Unauthorized"}',
    ]);
    const fresh = await signWithIssuerKey({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await call('GET', '/api/me', fresh)).status).toBe(200);
  });

  it('signs out: the session cannot be refreshed any more', async () => {
    const signedIn = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eleve.demo', password: 'Demo-Preau-2026!' }),
    });
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(signedIn.headers.get('set-cookie')).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    const refreshed = await fetch(`${origin}/api/session/refresh`, { method: 'POST', headers: { cookie } });
    expect(refreshed.status).toBe(200);
    const signedOut = await fetch(`${origin}/api/session`, { method: 'DELETE', headers: { cookie } });
    expect(signedOut.status).toBe(204);
    const afterwards = await fetch(`${origin}/api/session/refresh`, { method: 'POST', headers: { cookie } });
    expect(afterwards.status).toBe(401);
  });

  it('says which of username or password is missing, and refuses a wrong password with 401', async () => {
    const missing = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eleve.demo' }),
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({
      field: 'password',
      message: 'password: is required',
    });
    const wrong = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'eleve.demo', password: 'Wrong-password-1!' }),
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('sign_in_failed');
  });
});

/** cognito-local signs every pool's tokens with the key it ships: a test may sign what the issuer would. */
const signWithIssuerKey = async (claims: Record<string, unknown>) => {
  const keyFile = createRequire(import.meta.url).resolve('cognito-local/lib/keys/cognitoLocal.private.json');
  const { jwk } = JSON.parse(readFileSync(keyFile, 'utf8'));
  const key = await importJWK(jwk, 'RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' }).sign(key);
};
