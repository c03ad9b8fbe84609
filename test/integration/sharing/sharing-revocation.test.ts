import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activityMoved } from '#events/planning/planning-events';
import { localResourceNames } from '#infra/definitions/environment';
import { miniSitePath } from '#infra/definitions/school-buckets';
import { personKeys, planningKeys } from '#infra/definitions/school-table';
import { lambdaContext } from '#infra/local/lambda-context';
import { localS3Client } from '#infra/local/local-aws';
import { busEventOf } from '../../support/bus-event';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * A revoked feed or a mini-site taken down stays dead whatever runs at the same moment: a regeneration of the
 * planning it shows, a second takedown, a later change. Regeneration also revokes the feeds whose maker lost the
 * right to take them, and skips the one occurrence it cannot read rather than failing the whole feed.
 */
describe('revocation of calendar feeds and mini-sites, final under any interleaving', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let ids: { room: string; project: string; activity: string; teacher: string };

  const status = async (url: string) => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  };
  const summariesOf = async (url: string) => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    return new ICAL.Component(ICAL.parse(await response.text()))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent).summary);
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The very handler the bus rule `regenerate-shared-plannings` runs, on a change of the test's project. */
  const regenerate = async () => {
    const { handler } = await import('#functions/sharing/regenerate-shared');
    const moved = busEventOf(
      activityMoved,
      {
        activityId: ids.activity,
        projectId: ids.project,
        title: 'Moved during a revocation',
        version: 2,
        concerned: { personIds: [ids.teacher], classIds: [], placeIds: [ids.room] },
        conflictsAccepted: false,
        scope: 'one',
        from: { date: todayInParis(), start: '10:00', end: '11:00' },
        to: { date: todayInParis(), start: '14:00', end: '15:00' },
      },
      school.school.id,
    );
    await handler(moved, lambdaContext('regenerate-shared'));
  };

  /** A day 2027-02-30 in the February of the current school year: a date that does not exist. */
  const thirtiethOfFebruary = () => {
    const [year, month] = todayInParis().split('-').map(Number) as [number, number];
    return `${month >= 9 ? year + 1 : year}-02-30`;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      { displayName: 'Conservatoire des révocations', kind: 'conservatoire' },
      { signedInAs: 'planning.demo' },
    );
    planner = school.request;
    const teacher = school.demoAccounts.find(({ username }) => username === 'prof.demo')?.personId as string;
    const room = await planner('POST', '/api/places', {
      name: 'Salle Lili Boulanger',
      kind: 'rehearsal-room',
      capacity: 20,
      site: 'Site Jean-Jaurès',
    });
    const project = await planner('POST', '/api/projects', {
      kind: 'production',
      name: 'Didon et Énée',
      members: [{ personId: teacher, role: 'direction musicale' }],
    });
    const activity = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: 'Répétition Didon',
      schedule: {
        kind: 'weekly',
        weekday: 3,
        start: '17:00',
        end: '19:00',
        from: '2026-09-09',
        until: '2027-06-30',
      },
      placeIds: [room.body.id],
      personIds: [teacher],
    });
    expect(activity.status).toBe(201);
    ids = { room: room.body.id, project: project.body.id, activity: activity.body.activity.id, teacher };
  });
  afterAll(() => school?.stop());

  it('never serves a feed or a mini-site revoked while a regeneration runs: 20 rounds, 0 served', async () => {
    const publish = async (round: number) => {
      const feed = await planner('POST', '/api/feeds', { selection: { kind: 'project', id: ids.project } });
      const site = await planner('POST', '/api/mini-sites', {
        name: `Didon — tour ${round}`,
        tabs: [{ kind: 'planning', resource: { kind: 'place', id: ids.room }, weeks: 1 }],
      });
      expect([feed.status, site.status]).toEqual([201, 201]);
      return { feed: feed.body, site: site.body };
    };
    // How long a regeneration of these takes on this machine now, to spread the revocations over it.
    const warmUp = await publish(-1);
    const started = performance.now();
    await regenerate();
    const lasts = performance.now() - started;
    await planner('DELETE', `/api/feeds/${warmUp.feed.feed.feedId}`);
    await planner('DELETE', `/api/mini-sites/${warmUp.site.site.siteId}`);

    const rounds = 20;
    const served: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const { feed, site } = await publish(round);
      // Each round the revocations land at another moment of the regeneration: before it reads the records,
      // while it renders, between its writes and its checks, after it. Timing only spreads them: whatever the
      // moment, nothing may be served once both have answered.
      const at = (share: number) => pause(Math.round(lasts * share));
      const [, feedRevoked, siteDown] = await Promise.all([
        regenerate(),
        at(round / rounds).then(() => planner('DELETE', `/api/feeds/${feed.feed.feedId}`)),
        at(((round * 7) % rounds) / rounds).then(() =>
          planner('DELETE', `/api/mini-sites/${site.site.siteId}`),
        ),
      ]);
      expect([feedRevoked.status, siteDown.status]).toEqual([200, 200]);
      await school.eventsDelivered();
      if ((await status(feed.url)) !== 403) served.push(`feed, round ${round}`);
      if ((await status(site.url)) !== 403) served.push(`mini-site, round ${round}`);
    }
    expect(served).toEqual([]);
  }, 300_000);

  it('takes down a site with two tabs on one project, twice alike, and never republishes it', async () => {
    const created = await planner('POST', '/api/mini-sites', {
      name: 'Didon et Énée — pour les familles',
      tabs: [
        { kind: 'project-sheet', projectId: ids.project },
        { kind: 'planning', resource: { kind: 'project', id: ids.project }, weeks: 2 },
      ],
    });
    expect(created.status).toBe(201);
    expect(await status(created.body.url)).toBe(200);

    const first = await planner('DELETE', `/api/mini-sites/${created.body.site.siteId}`);
    const second = await planner('DELETE', `/api/mini-sites/${created.body.site.siteId}`);
    expect(first.status).toBe(200);
    expect(second).toMatchObject({ status: 200, body: first.body });
    expect(first.body.site.status).toBe('revoked');
    const listed = await planner('GET', '/api/mini-sites');
    expect(listed.body.items.map(({ site }: { site: { siteId: string } }) => site.siteId)).not.toContain(
      created.body.site.siteId,
    );

    // The project's planning changes: its feeds and sites are regenerated, not this one.
    const moved = await planner('POST', `/api/activities/${ids.activity}/move`, {
      seriesDate: '2027-01-13',
      scope: 'one',
      to: { date: '2027-01-14', start: '17:00', end: '19:00' },
      acceptConflicts: true,
    });
    expect(moved.status).toBe(200);
    await school.eventsDelivered();
    expect(school.deadLetters).toEqual([]);
    expect(await status(created.body.url)).toBe(403);
    const token = new URL(created.body.url).pathname.split('/')[2] as string;
    const s3 = localS3Client(inject('endpoints'));
    const { KeyCount } = await s3.send(
      new ListObjectsV2Command({
        Bucket: localResourceNames(school.school.id).siteBucket,
        Prefix: miniSitePath(token),
      }),
    );
    s3.destroy();
    expect(KeyCount).toBe(0);
    expect((await planner('DELETE', '/api/mini-sites/no-such-site')).status).toBe(404);
  });

  it('revokes a feed twice alike', async () => {
    const created = await planner('POST', '/api/feeds', { selection: { kind: 'place', id: ids.room } });
    const first = await planner('DELETE', `/api/feeds/${created.body.feed.feedId}`);
    const second = await planner('DELETE', `/api/feeds/${created.body.feed.feedId}`);
    expect(first).toMatchObject({ status: 200, body: { feed: { status: 'revoked', version: 2 } } });
    expect(second).toMatchObject({ status: 200, body: first.body });
    expect(await status(created.body.url)).toBe(403);
  });

  it('revokes a feed at the next regeneration once its maker may no longer take it', async () => {
    const guardian = await school.as('parent.demo');
    const me = await guardian('GET', '/api/me');
    const child = me.body.children[0] as { personId: string; classId: string };
    const childFeed = await guardian('POST', '/api/feeds', {
      selection: { kind: 'person', id: child.personId },
    });
    const ownFeed = await guardian('POST', '/api/feeds', {
      selection: { kind: 'person', id: me.body.personId },
    });
    expect([childFeed.status, ownFeed.status]).toEqual([201, 201]);
    expect(await status(childFeed.body.url)).toBe(200);

    // Parental rights are withdrawn (as an import that no longer lists the guardian does).
    for (const Key of [
      personKeys.guardian(child.personId, me.body.personId),
      personKeys.child(me.body.personId, child.personId),
    ]) {
      await school.documents.send(new DeleteCommand({ TableName: school.tableName, Key }));
    }
    // A change of the child's class: their feed is regenerated, and finds its maker without the right.
    const course = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Chœur des enfants',
      classIds: [child.classId],
    });
    const planned = await planner('POST', `/api/projects/${course.body.id}/activities`, {
      title: 'Chœur',
      schedule: { kind: 'once', date: '2027-03-10', start: '14:00', end: '15:00' },
      classIds: [child.classId],
      acceptConflicts: true,
    });
    expect(planned.status).toBe(201);
    await school.eventsDelivered();

    expect(await status(childFeed.body.url)).toBe(403);
    const read = await guardian('GET', `/api/feeds/${childFeed.body.feed.feedId}`);
    expect(read.body.feed.status).toBe('revoked');
    // Their own feed was not concerned, and they keep the right to it.
    expect(await status(ownFeed.body.url)).toBe(200);
  });

  it('revokes the feed of a pupil who left the school at the next change of their planning', async () => {
    const pupil = await school.as('eleve.demo');
    const me = await pupil('GET', '/api/me');
    const feed = await pupil('POST', '/api/feeds', { selection: { kind: 'person', id: me.body.personId } });
    expect(await status(feed.body.url)).toBe(200);
    await school.documents.send(
      new UpdateCommand({
        TableName: school.tableName,
        Key: personKeys.item(me.body.personId),
        UpdateExpression: 'SET #status = :retired',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':retired': 'retired' },
      }),
    );
    const lesson = await planner('POST', `/api/projects/${ids.project}/activities`, {
      title: 'Raccord',
      schedule: { kind: 'once', date: '2027-03-11', start: '10:00', end: '11:00' },
      personIds: [me.body.personId],
      acceptConflicts: true,
    });
    expect(lesson.status).toBe(201);
    await school.eventsDelivered();
    expect(await status(feed.body.url)).toBe(403);
  });

  it('skips an occurrence stored with a day that does not exist, and still updates the feed', async () => {
    const hall = await planner('POST', '/api/places', {
      name: 'Auditorium Nadia Boulanger',
      kind: 'concert-hall',
      capacity: 300,
      site: 'Site Jean-Jaurès',
    });
    const corrupt = thirtiethOfFebruary();
    await school.documents.send(
      new PutCommand({
        TableName: school.tableName,
        Item: {
          ...planningKeys.day('place', hall.body.id, corrupt),
          [`${planningKeys.entryPrefix}broken-activity#${corrupt}`]: {
            activityId: 'broken-activity',
            projectId: ids.project,
            projectKind: 'production',
            title: 'Occurrence illisible',
            seriesDate: corrupt,
            date: corrupt,
            start: '20:00',
            end: '22:00',
            startsAt: `${corrupt}T19:00:00Z`,
            endsAt: `${corrupt}T21:00:00Z`,
            moved: false,
            placeIds: [hall.body.id],
            personIds: [],
            classIds: [],
            equipmentIds: [],
          },
        },
      }),
    );
    const feed = await planner('POST', '/api/feeds', { selection: { kind: 'place', id: hall.body.id } });
    expect(feed.status).toBe(201);
    expect(await summariesOf(feed.body.url)).toEqual([]);

    const concert = await planner('POST', `/api/projects/${ids.project}/activities`, {
      title: 'Concert Didon et Énée',
      schedule: { kind: 'once', date: '2027-03-12', start: '20:00', end: '22:00' },
      placeIds: [hall.body.id],
    });
    expect(concert.status).toBe(201);
    await school.eventsDelivered();
    expect(school.deadLetters).toEqual([]);
    expect(await summariesOf(feed.body.url)).toEqual(['Concert Didon et Énée']);
  });
});
