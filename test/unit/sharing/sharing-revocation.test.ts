import { describe, expect, it } from 'vitest';
import type { Actor } from '#domain/identity/actor';
import type { Relations } from '#domain/identity/authorize';
import type { Person } from '#domain/people/person';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { CalendarFeed } from '#domain/sharing/calendar-feed';
import { makerMayStillTake } from '#domain/sharing/feed-rights';
import { revokeFeed } from '#domain/sharing/feeds';
import type { MiniSite } from '#domain/sharing/mini-site/mini-site';
import { revokeMiniSite } from '#domain/sharing/mini-site/publish-mini-site';
import { whyUnreadable } from '#domain/sharing/readable-entries';
import { regenerateFeed, regenerateMiniSite } from '#domain/sharing/regenerate-shared';
import type { SharingPorts } from '#domain/sharing/sharing-ports';

type Side = 'regeneration' | 'revocation' | 'second regeneration';

const revoker: Actor = {
  personId: 'planner-1',
  username: 'planning.demo',
  firstName: 'Paule',
  lastName: 'Planning',
  profiles: ['planner'],
};

/**
 * Runs the calls to the records and the files of two sides in the order a script gives: each such call waits
 * for its side's turn. A side that has finished gives its remaining turns away.
 */
const scheduler = (script: readonly Side[]) => {
  let position = 0;
  const done = new Set<Side>();
  const skipDone = () => {
    while (position < script.length && done.has(script[position] as Side)) position += 1;
  };
  return {
    async turn(side: Side) {
      skipDone();
      while (position < script.length && script[position] !== side) {
        await new Promise((resolve) => setImmediate(resolve));
        skipDone();
      }
      position += 1;
    },
    finish(side: Side) {
      done.add(side);
    },
  };
};

/** Every order of `a` turns of the regeneration and `b` of the revocation. */
const interleavings = (a: number, b: number): Side[][] =>
  a === 0 || b === 0
    ? [[...Array(a).fill('regeneration'), ...Array(b).fill('revocation')]]
    : [
        ...interleavings(a - 1, b).map((rest) => ['regeneration' as Side, ...rest]),
        ...interleavings(a, b - 1).map((rest) => ['revocation' as Side, ...rest]),
      ];

/** Every order of `a` turns of a regeneration, `b` of a second one and `c` of the revocation. */
const orders3 = (a: number, b: number, c: number): Side[][] => {
  if (a + b + c === 0) return [[]];
  const orders: Side[][] = [];
  if (a > 0) for (const rest of orders3(a - 1, b, c)) orders.push(['regeneration', ...rest]);
  if (b > 0) for (const rest of orders3(a, b - 1, c)) orders.push(['second regeneration', ...rest]);
  if (c > 0) for (const rest of orders3(a, b, c - 1)) orders.push(['revocation', ...rest]);
  return orders;
};

const planner: Person = {
  personId: 'planner-1',
  firstName: 'Paule',
  lastName: 'Planche',
  profiles: ['planner'],
  version: 1,
};

/** A school in memory: one feed and one mini-site, active, their files written, the planning empty. */
const memorySchool = () => {
  const feed: CalendarFeed = {
    feedId: 'feed-1',
    name: 'Planning — Didon',
    selection: { kind: 'project', id: 'project-1' },
    createdBy: { personId: planner.personId, name: 'Paule Planche' },
    createdAt: '2026-12-01T10:00:00.000Z',
    status: 'active',
    expiresAt: '2027-08-31T21:59:59.000Z',
    version: 1,
  };
  const site: MiniSite = {
    siteId: 'site-1',
    token: 'token-1',
    name: 'Didon',
    locale: 'fr',
    tabs: [],
    status: 'active',
    createdAt: '2026-12-01T10:00:00.000Z',
    version: 1,
  };
  const records = { feed, site };
  const files = new Map<string, string>([
    ['feeds/feed-1.ics', 'BEGIN:VCALENDAR'],
    ['s/token-1/index.html', '<html>'],
  ]);
  const revoked = <Record extends { status: string; version: number }>(record: Record) =>
    record.status === 'active'
      ? { ...record, status: 'revoked' as const, version: record.version + 1 }
      : record;

  const portsFor = (side: Side, turn: (side: Side) => Promise<void>): SharingPorts => {
    const gated =
      <Args extends unknown[], Result>(call: (...args: Args) => Result) =>
      async (...args: Args) => {
        await turn(side);
        return call(...args);
      };
    const planning = {
      planning: { agenda: async () => [], allOn: async () => [] },
      projects: { get: async () => undefined, many: async () => [] },
      calendars: { get: async () => undefined },
      directory: {
        people: async (ids: readonly string[]) => (ids.includes(planner.personId) ? [planner] : []),
        places: async () => [],
        classes: async () => [],
        activePlaces: async () => [],
      },
      clock: { now: () => new Date('2026-12-06T09:00:00Z') },
      newId: () => 'new-id',
      school: { schoolId: 'test', timeZone: 'Europe/Paris', kind: 'conservatoire' },
    } as unknown as PlanningPorts;
    return {
      planning,
      feeds: {
        get: gated(() => structuredClone(records.feed)),
        revoke: gated(() => {
          records.feed = revoked(records.feed);
          return structuredClone(records.feed);
        }),
        put: async () => undefined,
        showing: async () => [],
        madeBy: async () => [],
        active: async () => [],
      },
      sites: {
        get: gated(() => structuredClone(records.site)),
        revoke: gated(() => {
          records.site = revoked(records.site);
          return structuredClone(records.site);
        }),
        put: async () => undefined,
        showing: async () => [],
        active: async () => [],
      },
      files: {
        putFeed: gated((feedId: string, ics: string) => void files.set(`feeds/${feedId}.ics`, ics)),
        removeFeed: gated((feedId: string) => void files.delete(`feeds/${feedId}.ics`)),
        putMiniSite: gated((token: string, pages: readonly { path: string; body: string }[]) => {
          for (const page of pages) files.set(`s/${token}/${page.path}`, page.body);
        }),
        removeMiniSite: gated((token: string) => {
          for (const key of [...files.keys()]) if (key.startsWith(`s/${token}/`)) files.delete(key);
        }),
      },
      signFeed: async () => '',
      activities: async () => [],
      school: { schoolId: 'test', name: 'Conservatoire', timeZone: 'Europe/Paris', locale: 'fr-FR' },
      relations: {} as Relations,
      log: () => undefined,
    };
  };
  return { records, files, portsFor };
};

describe('revocation against regeneration, in every order of their reads and writes', () => {
  // Regeneration: read the record, write, read it again, delete (when it was revoked meanwhile): 4 turns at most.
  // Revocation: the conditional write on the record, then the delete: 2 turns.
  const orders = interleavings(4, 2);

  it.each(orders.map((order) => [order.join(' → '), order] as const))(
    'leaves no feed file: %s',
    async (_name, order) => {
      const school = memorySchool();
      const steps = scheduler(order);
      const side = async (name: Side, run: (ports: SharingPorts) => Promise<unknown>) => {
        await run(school.portsFor(name, steps.turn));
        steps.finish(name);
      };
      await Promise.all([
        side('regeneration', (ports) => regenerateFeed('feed-1', ports)),
        side('revocation', (ports) => revokeFeed('feed-1', ports, revoker)),
      ]);
      expect(school.records.feed.status).toBe('revoked');
      expect([...school.files.keys()].filter((key) => key.startsWith('feeds/'))).toEqual([]);
    },
  );

  it.each(orders.map((order) => [order.join(' → '), order] as const))(
    'leaves no page of a mini-site: %s',
    async (_name, order) => {
      const school = memorySchool();
      const steps = scheduler(order);
      const side = async (name: Side, run: (ports: SharingPorts) => Promise<unknown>) => {
        await run(school.portsFor(name, steps.turn));
        steps.finish(name);
      };
      await Promise.all([
        side('regeneration', (ports) => regenerateMiniSite('site-1', ports)),
        side('revocation', (ports) => revokeMiniSite('site-1', ports, revoker)),
      ]);
      expect(school.records.site.status).toBe('revoked');
      expect([...school.files.keys()].filter((key) => key.startsWith('s/'))).toEqual([]);
    },
  );

  it('leaves no feed file when two regenerations and a revocation interleave, in every third of their 3,150 orders', async () => {
    const served: string[] = [];
    for (const order of orders3(4, 4, 2).filter((_order, index) => index % 3 === 0)) {
      const school = memorySchool();
      const steps = scheduler(order);
      const side = async (name: Side, run: (ports: SharingPorts) => Promise<unknown>) => {
        await run(school.portsFor(name, steps.turn));
        steps.finish(name);
      };
      await Promise.all([
        side('regeneration', (ports) => regenerateFeed('feed-1', ports)),
        side('second regeneration', (ports) => regenerateFeed('feed-1', ports)),
        side('revocation', (ports) => revokeFeed('feed-1', ports, revoker)),
      ]);
      if (school.files.has('feeds/feed-1.ics')) served.push(order.join(' → '));
    }
    expect(served).toEqual([]);
  }, 120_000);

  it('withdraws what a failing write left, when the record was revoked meanwhile', async () => {
    const school = memorySchool();
    const ports = school.portsFor('regeneration', async () => undefined);
    const failing: SharingPorts = {
      ...ports,
      files: {
        ...ports.files,
        async putMiniSite(token, pages) {
          await ports.files.putMiniSite(token, pages.slice(0, 1));
          await revokeMiniSite('site-1', ports, revoker);
          await ports.files.putMiniSite(token, pages);
          throw new Error('one page was not written');
        },
      },
    };
    await expect(regenerateMiniSite('site-1', failing)).rejects.toThrow('one page was not written');
    expect([...school.files.keys()].filter((key) => key.startsWith('s/'))).toEqual([]);
  });

  it('writes the file again when nothing revokes it', async () => {
    const school = memorySchool();
    const ports = school.portsFor('regeneration', async () => undefined);
    expect(await regenerateFeed('feed-1', ports)).toBe('written');
    expect(school.files.get('feeds/feed-1.ics')).toContain('BEGIN:VCALENDAR');
    expect(await revokeFeed('feed-1', ports, revoker)).toMatchObject({ status: 'revoked', version: 2 });
    // Revoking again answers the same.
    expect(await revokeFeed('feed-1', ports, revoker)).toMatchObject({ status: 'revoked', version: 2 });
    expect(await regenerateFeed('feed-1', ports)).toBe('inactive');
    expect(school.files.has('feeds/feed-1.ics')).toBe(false);
  });
});

describe('the maker of a feed, checked again at each regeneration', () => {
  const guardian: Person = {
    personId: 'guardian-1',
    firstName: 'Anne',
    lastName: 'Parent',
    profiles: ['guardian'],
    version: 1,
  };
  const feedOf = (maker: Person, personId: string): CalendarFeed => ({
    feedId: 'feed-2',
    name: 'Planning',
    selection: { kind: 'person', id: personId },
    createdBy: { personId: maker.personId, name: 'Anne Parent' },
    createdAt: '2026-12-01T10:00:00.000Z',
    status: 'active',
    expiresAt: '2027-08-31T21:59:59.000Z',
    version: 1,
  });
  const portsWith = (people: Person[], guardianOf: boolean) =>
    ({
      planning: {
        directory: {
          people: async (ids: readonly string[]) => people.filter(({ personId }) => ids.includes(personId)),
        },
      },
      relations: {
        isGuardianOf: async () => guardianOf,
        teachesClass: async () => false,
        teachesStudent: async () => false,
        classesOf: async () => [],
      },
    }) as unknown as SharingPorts;

  it('keeps a guardian’s feed of their child while they hold parental rights, not after', async () => {
    const feed = feedOf(guardian, 'child-1');
    expect(await makerMayStillTake(feed, portsWith([guardian], true))).toBe(true);
    expect(await makerMayStillTake(feed, portsWith([guardian], false))).toBe(false);
  });

  it('drops the feed of someone who left the school, or is no longer in the directory', async () => {
    const pupil: Person = { ...guardian, personId: 'pupil-1', profiles: ['student'] };
    const feed = feedOf(pupil, 'pupil-1');
    expect(await makerMayStillTake(feed, portsWith([pupil], false))).toBe(true);
    expect(await makerMayStillTake(feed, portsWith([{ ...pupil, status: 'retired' }], false))).toBe(false);
    expect(await makerMayStillTake(feed, portsWith([], false))).toBe(false);
  });

  it('drops a planner’s feed of a place once they are no longer a planner', async () => {
    const teacher: Person = { ...planner, profiles: ['teacher'] };
    const feed = { ...feedOf(planner, 'x'), selection: { kind: 'place' as const, id: 'room-1' } };
    expect(await makerMayStillTake(feed, portsWith([planner], false))).toBe(true);
    expect(await makerMayStillTake(feed, portsWith([teacher], false))).toBe(false);
  });
});

describe('occurrences a shared planning cannot show', () => {
  const entry: AgendaEntry = {
    activityId: 'a-1',
    projectId: 'p-1',
    projectKind: 'course',
    title: 'Formation musicale',
    seriesDate: '2027-02-26',
    date: '2027-02-26',
    start: '17:00',
    end: '18:00',
    startsAt: '2027-02-26T16:00:00.000Z',
    endsAt: '2027-02-26T17:00:00.000Z',
    moved: false,
    placeIds: ['room-1'],
    personIds: [],
    classIds: [],
    equipmentIds: [],
  };

  it('reads a sound occurrence, and says what is wrong with a corrupt one', () => {
    expect(whyUnreadable(entry)).toBeUndefined();
    expect(whyUnreadable({ ...entry, date: '2027-02-30' })).toBe('date is not a real day');
    expect(whyUnreadable({ ...entry, seriesDate: '30/02/2027' })).toBe('seriesDate is not a real day');
    expect(whyUnreadable({ ...entry, start: '25:00' })).toBe('start is not a time HH:mm');
    expect(whyUnreadable({ ...entry, end: '16:00' })).toBe('end is not after start');
    expect(whyUnreadable({ ...entry, startsAt: 'soon' })).toBe('startsAt or endsAt is not an instant');
    expect(whyUnreadable({ ...entry, placeIds: 'room-1' } as unknown as AgendaEntry)).toBe(
      'placeIds is not a list of ids',
    );
    expect(whyUnreadable(null as unknown as AgendaEntry)).toBe('not an occurrence');
  });
});
