import { fullName } from '#domain/identity/actor';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { demoPlaces } from '#infra/local/seed/places/demo-places';
import { demoYear } from '#infra/local/seed/planning/seed-demo-planning';
import { startDemoYearSchool } from './demo-year-school';
import { writeFigures } from './figures';

/**
 * What one planning change costs the shared plannings of the demo conservatoire: every teacher has their feed, the
 * orchestra and the opera have theirs, the concert halls too, and a mini-site shows the opera and the day's
 * bulletin. A lesson moves: the feeds and pages it concerns are written again. A calendar poll runs no function:
 * CloudFront serves the file from the bucket (test/infra checks the behaviour has no function and an S3 origin).
 */
export const benchSharing = async () => {
  const demo = await startDemoYearSchool('bench-sharing', { people: true });
  try {
    const { sharingPorts: ports } = await import('#functions/sharing/adapters/sharing-ports');
    const { createFeed } = await import('#domain/sharing/feeds');
    const { createMiniSite } = await import('#domain/sharing/mini-site/publish-mini-site');
    const { regenerateShared } = await import('#domain/sharing/regenerate-shared');
    const { moveActivity } = await import('#domain/planning/move-activity');
    process.env.FEED_KEY_PAIR_ID = 'KBENCH';
    const directory = demoDirectory(demo.school);
    const planner = directory.people.find(({ profiles }) => profiles.includes('planner'));
    const actor = {
      ...(planner as NonNullable<typeof planner>),
      username: 'planning.demo',
      profiles: ['planner' as const],
    };
    const year = demoYear(demo.school);
    const teachers = directory.people.filter(({ profiles }) => profiles.includes('teacher'));
    const figaro = year.projects.find(({ kind }) => kind === 'production');
    const orchestra = year.projects.find(({ kind }) => kind === 'internal');
    const halls = demoPlaces().filter(({ kind }) => kind === 'concert-hall');
    const noSigning = { ...ports, signFeed: async () => '' };
    const selections = [
      ...teachers.map(({ personId }) => ({ kind: 'person' as const, id: personId })),
      { kind: 'project' as const, id: figaro?.id as string },
      { kind: 'project' as const, id: orchestra?.id as string },
      ...halls.map(({ id }) => ({ kind: 'place' as const, id })),
    ];
    const made = performance.now();
    for (const selection of selections) await createFeed({ selection }, actor, 'https://bench', noSigning);
    const feedsMade = performance.now();
    await createMiniSite(
      {
        name: 'Les Noces de Figaro',
        locale: 'fr',
        tabs: [
          { kind: 'project-sheet', projectId: figaro?.id as string, showMembers: false },
          { kind: 'daily-bulletin' },
        ],
      },
      'https://bench',
      noSigning,
      actor,
    );
    const lesson = year.activities.find(({ title }) => title.startsWith('Cours de'));
    const teacher = teachers.find(({ personId }) => lesson?.personIds.includes(personId));
    const started = performance.now();
    const { activity } = await moveActivity(
      lesson?.id as string,
      {
        seriesDate: '2026-12-07',
        scope: 'one',
        to: { date: '2026-12-08', start: '19:00', end: '19:30' },
        acceptConflicts: true,
      },
      undefined,
      ports.planning,
    );
    const moved = performance.now();
    const result = await regenerateShared(
      {
        projectId: activity.projectId,
        personIds: activity.personIds,
        classIds: activity.classIds,
        placeIds: activity.placeIds,
      },
      ports,
    );
    const done = performance.now();
    const figures = {
      'make a feed (a year of a planning), mean': (feedsMade - made) / selections.length,
      [`move a lesson of ${teacher ? fullName(teacher) : 'a teacher'}`]: moved - started,
      [`regenerate what it concerns: ${result.feeds} feed(s), ${result.sites} mini-site(s)`]: done - moved,
    };
    console.log(`\nSharing: ${selections.length} feeds and a mini-site on the demo conservatoire's year`);
    console.table(
      Object.fromEntries(Object.entries(figures).map(([name, ms]) => [name, { ms: ms.toFixed(0) }])),
    );
    console.log('Function invocations per calendar poll: 0 (CloudFront serves /feeds/* from S3; target 0)');
    await writeFigures('sharing', [
      ...Object.entries(figures).map(([figure, ms]) => ({
        figure,
        value: Math.round(ms),
        unit: 'ms',
        target: null,
      })),
    ]);
  } finally {
    await demo.stop();
  }
};
