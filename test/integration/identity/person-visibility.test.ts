import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Profile, profiles } from '#domain/identity/profile';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { seedDemoPlanning } from '#infra/local/seed/planning/seed-demo-planning';
import { seedDemoSchool } from '#infra/local/seed/seed-demo-school';
import { localEndpointsOfThisFile } from '../../support/file-dynamodb';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { signIn } from '../../support/sign-in';

/**
 * Rights apply to what an answer contains: for every profile's demo account and every route that returns
 * plannings (agendas, the day's planning and conflicts, activities, project sheets, the export, bookings, feeds
 * and mini-sites), every person id and every name of the demo directory found anywhere in the answer is one that
 * profile may read the week of: themselves, their children, their teachers' pupils, adults; everyone for staff
 * and planners. Public outputs name adults only, but a pupil's own feed taken by them or their guardian.
 */
const school = { id: `visibility-${process.pid}`, kind: 'conservatoire' as const };
const directory = demoDirectory(school);
const accountOf = (profile: Profile) =>
  directory.accounts.find((account) => account.profile === profile) as { username: string; personId: string };
const personOf = (personId: string) => directory.people.find((person) => person.personId === personId);
const isPupil = (personId: string) => personOf(personId)?.profiles.includes('student') ?? false;
const everyone = new Set(directory.people.map(({ personId }) => personId));
const adults = new Set([...everyone].filter((personId) => !isPupil(personId)));

/** A week of the demo year with lessons, the Friday opera rehearsal and the Saturday orchestra. */
const week = { from: '2027-01-04', to: '2027-01-10' };
const daysOfWeek = ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09'];

/** Names as answers write them, each with the people who bear it (demo names may repeat). */
const bearers = new Map<string, string[]>();
for (const person of directory.people) {
  const name = `${person.firstName} ${person.lastName}`;
  bearers.set(name, [...(bearers.get(name) ?? []), person.personId]);
}
const namePatterns = [...bearers.keys()].map((name) => ({
  name,
  pattern: new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
}));

/** The text of an answer with ICS folding and escapes, and HTML entities, undone. */
const plainText = (text: string) =>
  text
    .replace(/\r?\n[ \t]/g, '')
    .replace(/\\([,;\\])/g, '$1')
    .replace(/&#39;|&apos;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every demo person an answer shows: by id, and by name (a name any of whose bearers may be read passes). */
const shownIn = (text: string) => {
  const plain = plainText(text);
  const ids = [...everyone].filter((personId) => plain.includes(personId));
  const names = namePatterns.filter(({ pattern }) => pattern.test(plain)).map(({ name }) => name);
  return { ids, names };
};

const outside = (text: string, allowed: ReadonlySet<string>) => {
  const { ids, names } = shownIn(text);
  return [
    ...ids.filter((personId) => !allowed.has(personId)),
    ...names.filter((name) => !(bearers.get(name) ?? []).some((personId) => allowed.has(personId))),
  ];
};

describe('person visibility: every planning answer names only whom its reader may read', () => {
  let running: SchoolUnderTest;
  let origin: string;
  const tokens = new Map<Profile, string>();
  /** What each profile may read the week of, from the demo directory and the projects the planner reads. */
  const allowed = new Map<Profile, Set<string>>();
  let projectIds: string[] = [];
  const sheets = new Map<string, { members: { personId: string }[]; activities: Activity[] }>();
  interface Activity {
    id: string;
    personIds: string[];
    placeIds: string[];
    schedule: { kind: string; weekday?: number; start: string; end: string };
  }
  /** A pupil none of the demo accounts may read, with one of their weekly lessons. */
  let stranger: { personId: string; lesson: Activity; teacherId: string };
  /** The places the demo year uses, and the project of the stranger's lessons. */
  let placeIds: string[] = [];
  let lessonProjectId = '';
  let clash = { activityId: '', date: '' };

  const call = async (profile: Profile, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.get(profile)}`,
        origin,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const json = async (profile: Profile, method: string, path: string, body?: unknown) => {
    const { status, text } = await call(profile, method, path, body);
    return { status, body: JSON.parse(text) };
  };

  beforeAll(async () => {
    // The demo conservatoire as `npm start` seeds it: its directory, places and planned year.
    running = await startSchoolUnderTest({ ...school, displayName: 'Conservatoire de démonstration' });
    const dynamodb = localDynamoDbClient(await localEndpointsOfThisFile());
    await seedDemoSchool(dynamodb, running.tableName);
    await seedDemoPlanning(running.school, dynamodb, running.tableName);
    dynamodb.destroy();
    origin = running.url;
    for (const profile of profiles) tokens.set(profile, await signIn(origin, accountOf(profile).username));

    projectIds = (await json('planner', 'GET', '/api/projects')).body.items.map(
      ({ id }: { id: string }) => id,
    );
    for (const projectId of projectIds) {
      const sheet = (await json('planner', 'GET', `/api/projects/${projectId}`)).body;
      sheets.set(projectId, { members: sheet.project.members, activities: sheet.activities });
    }
    placeIds = [
      ...new Set(
        [...sheets.values()].flatMap(({ activities }) => activities.flatMap((each) => each.placeIds)),
      ),
    ];

    for (const profile of profiles) {
      const { personId } = accountOf(profile);
      const held = personOf(personId)?.profiles ?? [];
      const sees = new Set([personId]);
      if (['staff', 'planner', 'school-admin'].some((each) => held.includes(each as Profile))) {
        allowed.set(profile, new Set(everyone));
        continue;
      }
      if (held.some((each) => ['student', 'guardian', 'teacher', 'sales'].includes(each)))
        for (const adult of adults) sees.add(adult);
      if (held.includes('guardian'))
        for (const [guardian, child] of directory.guardianships) if (guardian === personId) sees.add(child);
      if (held.includes('teacher')) {
        const taught = new Set(directory.teaching.filter(([t]) => t === personId).map(([, c]) => c));
        for (const person of directory.people)
          if (person.classId && taught.has(person.classId)) sees.add(person.personId);
        for (const sheet of sheets.values())
          if (sheet.members.some((member) => member.personId === personId))
            for (const member of sheet.members) sees.add(member.personId);
      }
      allowed.set(profile, sees);
    }

    // A pupil of an instrument lesson whom no demo account may read.
    const lessons = [...sheets.values()].flatMap(({ activities }) =>
      activities.filter((activity) => activity.personIds.length === 2 && activity.schedule.kind === 'weekly'),
    );
    const lesson = lessons.find((candidate) =>
      candidate.personIds.some(
        (id) =>
          isPupil(id) &&
          (['student', 'guardian', 'teacher'] as const).every((profile) => !allowed.get(profile)?.has(id)),
      ),
    ) as Activity;
    lessonProjectId = [...sheets].find(([, sheet]) => sheet.activities.includes(lesson))?.[0] as string;
    const pupil = lesson.personIds.find(isPupil) as string;
    stranger = { personId: pupil, lesson, teacherId: lesson.personIds.find((id) => id !== pupil) as string };

    // The planner puts that pupil in a workshop at the time of their lesson, knowingly: a conflict on a person.
    const date = daysOfWeek[(lesson.schedule.weekday ?? 1) - 1] as string;
    const workshop = await json('planner', 'POST', '/api/projects', { kind: 'internal', name: 'Atelier' });
    const otherRoom = placeIds.find((id) => !lesson.placeIds.includes(id)) as string;
    const saved = await json('planner', 'POST', `/api/projects/${workshop.body.id}/activities`, {
      title: 'Atelier',
      schedule: { kind: 'once', date, start: lesson.schedule.start, end: lesson.schedule.end },
      placeIds: [otherRoom],
      personIds: [pupil],
      acceptConflicts: true,
    });
    expect(saved.status).toBe(201);
    clash = { activityId: saved.body.activity.id, date };
    projectIds.push(workshop.body.id);
  }, 600_000);
  afterAll(() => running?.stop());

  /** The signed-in answers about plannings, for one profile. */
  const plannings = (profile: Profile) => {
    const self = accountOf(profile).personId;
    const child = directory.guardianships.find(([guardian]) => guardian === self)?.[1];
    const span = `from=${week.from}&to=${week.to}`;
    return [
      ...projectIds.map((id) => `/api/agenda/project/${id}?${span}`),
      ...projectIds.map((id) => `/api/projects/${id}`),
      '/api/projects',
      '/api/projects?mine=true',
      ...placeIds.map((id) => `/api/agenda/place/${id}?${span}`),
      ...directory.classes.map(({ classId }) => `/api/agenda/class/${classId}?${span}`),
      `/api/agenda/person/${self}?${span}`,
      ...(child ? [`/api/agenda/person/${child}?${span}`] : []),
      `/api/agenda/person/${stranger.personId}?${span}`,
      `/api/agenda/person/${stranger.teacherId}?${span}`,
      ...daysOfWeek.map((date) => `/api/planning/day?date=${date}`),
      `/api/planning/day-conflicts?date=${clash.date}`,
      `/api/activities/${stranger.lesson.id}`,
      `/api/activities/${clash.activityId}`,
      ...[...sheets.values()].flatMap(({ activities }) =>
        activities.slice(0, 1).map(({ id }) => `/api/activities/${id}`),
      ),
      `/api/planning/export?${span}&format=json`,
      `/api/planning/export?${span}&format=csv`,
      '/api/bookings/mine',
      '/api/booking-requests',
    ];
  };

  it.each(profiles)(
    '%s: plannings, activities, sheets, the export and bookings',
    async (profile) => {
      const leaks: string[] = [];
      let answered = 0;
      for (const path of plannings(profile)) {
        const { status, text } = await call(profile, 'GET', path);
        expect(status, path).toBeLessThan(500);
        if (status === 200) answered += 1;
        for (const who of outside(text, allowed.get(profile) as Set<string>)) leaks.push(`${path}: ${who}`);
      }
      expect(leaks).toEqual([]);
      if (profile !== 'guardian' && profile !== 'authority-admin') expect(answered).toBeGreaterThan(50);
    },
    900_000,
  );

  it('finds the people it looks for: the planner reads every pupil of a lesson and the conflict on them', async () => {
    const { text } = await call('planner', 'GET', `/api/activities/${clash.activityId}`);
    expect(shownIn(text).ids).toContain(stranger.personId);
    const pupil = personOf(stranger.personId);
    expect(shownIn(text).names).toContain(`${pupil?.firstName} ${pupil?.lastName}`);
  });

  it('shows a slot taken, with no person, to a reader who may not see who holds it', async () => {
    const path = `/api/agenda/person/${stranger.teacherId}?from=${week.from}&to=${week.to}`;
    const answer = await json('student', 'GET', path);
    expect(answer.status).toBe(200);
    const lessons = answer.body.days
      .flatMap((day: { items: { activityId: string; personIds: string[] }[] }) => day.items)
      .filter((item: { activityId: string }) => item.activityId === stranger.lesson.id);
    expect(lessons.length).toBeGreaterThan(0);
    for (const item of lessons) expect(item.personIds).toEqual([stranger.teacherId]);
    // The workshop holds only the stranger: to the teacher, it is a room taken, and its clash is not theirs.
    const workshop = await json('teacher', 'GET', `/api/activities/${clash.activityId}`);
    expect(workshop.body.activity.personIds).toEqual([]);
    expect(workshop.body.conflicts).toEqual([]);
    const asPlanner = await json('planner', 'GET', `/api/activities/${clash.activityId}`);
    expect(asPlanner.body.conflicts).toEqual([
      expect.objectContaining({
        resource: expect.objectContaining({ kind: 'person', id: stranger.personId }),
      }),
    ]);
  });

  it.each(profiles)(
    "%s: one's own calendar feed names oneself and adults only",
    async (profile) => {
      const self = accountOf(profile).personId;
      const made = await json(profile, 'POST', '/api/feeds', { selection: { kind: 'person', id: self } });
      expect(made.status).toBe(201);
      const ics = await (await fetch(made.body.url)).text();
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(outside(ics, new Set([...adults, self]))).toEqual([]);
    },
    300_000,
  );

  it("lets a guardian's feed of their child name the child, and no other pupil", async () => {
    const self = accountOf('guardian').personId;
    const child = directory.guardianships.find(([guardian]) => guardian === self)?.[1] as string;
    const made = await json('guardian', 'POST', '/api/feeds', { selection: { kind: 'person', id: child } });
    expect(made.status).toBe(201);
    const ics = await (await fetch(made.body.url)).text();
    expect(outside(ics, new Set([...adults, child]))).toEqual([]);
  }, 300_000);

  it('names no pupil in the feeds a planner shares: a place, a class, a project, a pupil', async () => {
    const orchestra = projectIds.find((id) => (sheets.get(id)?.members.length ?? 0) > 20) as string;
    const selections = [
      { kind: 'place', id: stranger.lesson.placeIds[0] },
      { kind: 'class', id: directory.classes[0]?.classId },
      { kind: 'project', id: orchestra },
      { kind: 'person', id: stranger.personId },
      { kind: 'person', id: stranger.teacherId },
    ];
    let named = 0;
    for (const selection of selections) {
      const made = await json('planner', 'POST', '/api/feeds', { selection });
      expect(made.status, JSON.stringify(selection)).toBe(201);
      const ics = await (await fetch(made.body.url)).text();
      expect(ics).toContain('BEGIN:VEVENT');
      expect(outside(ics, adults), JSON.stringify(selection)).toEqual([]);
      named += shownIn(ics).names.length;
    }
    // The teachers are still named: « Avec : » lists the adults.
    expect(named).toBeGreaterThan(0);
  }, 300_000);

  it('names no pupil on any tab of a mini-site, and refuses a tab of a pupil’s planning', async () => {
    const orchestra = projectIds.find((id) => (sheets.get(id)?.members.length ?? 0) > 20) as string;
    const refused = await json('planner', 'POST', '/api/mini-sites', {
      name: 'Planning d’un élève',
      tabs: [{ kind: 'planning', resource: { kind: 'person', id: stranger.personId }, weeks: 2 }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('pupil_planning_not_public');

    const created = await json('planner', 'POST', '/api/mini-sites', {
      name: 'Orchestre — infos pratiques',
      tabs: [
        { kind: 'project-sheet', projectId: orchestra, showMembers: true },
        { kind: 'project-sheet', projectId: lessonProjectId, showMembers: true },
        { kind: 'planning', resource: { kind: 'place', id: stranger.lesson.placeIds[0] }, weeks: 8 },
        { kind: 'planning', resource: { kind: 'person', id: stranger.teacherId }, weeks: 8 },
        { kind: 'planning', resource: { kind: 'project', id: orchestra }, weeks: 8 },
        { kind: 'daily-bulletin' },
      ],
    });
    expect(created.status).toBe(201);
    const index = await (await fetch(created.body.url)).text();
    const pages = [...new Set([...index.matchAll(/href="\.\/([^"/]+\.html)"/g)].map((match) => match[1]))];
    expect(pages.length).toBeGreaterThan(0);
    const leaks = outside(index, adults);
    for (const page of pages)
      leaks.push(...outside(await (await fetch(`${created.body.url}${page}`)).text(), adults));
    expect(leaks).toEqual([]);
  }, 300_000);
});
