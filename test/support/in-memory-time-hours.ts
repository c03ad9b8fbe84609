import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import type { Profile } from '#domain/identity/profile';
import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Person } from '#domain/people/person';
import { StaleVersionError } from '#domain/shared/errors';
import type { StaffContract } from '#domain/time/contract';
import type { HoursShift, PersonWeek, TimeHoursPorts, TimeHoursStore } from '#domain/time/time-hours-ports';
import type { OutgoingEvent } from '#events/envelope';

/**
 * The hours store in memory, with the conditions the table holds (the shift's and the week's versions, the lock),
 * for the use cases' tests. `beforeWrite` runs between a use case's read and its write, to race it.
 */
export const inMemoryTimeHours = () => {
  const shifts = new Map<string, HoursShift>();
  const weeks = new Map<string, PersonWeek>();
  const contracts = new Map<string, StaffContract[]>();
  const audit: AuditEntry[] = [];
  const events: OutgoingEvent[] = [];
  const hooks: { beforeWrite?: () => Promise<void> | void } = {};
  const weekKey = (personId: string, monday: string) => `${personId}#${monday}`;
  const weekOf = (personId: string, monday: string): PersonWeek =>
    structuredClone(weeks.get(weekKey(personId, monday))) ?? {
      personId,
      monday,
      workedMinutes: 0,
      actualMinutes: 0,
      version: 0,
    };
  const checkWeek = (week: PersonWeek) => {
    if (weekOf(week.personId, week.monday).version !== week.version)
      throw new StaleVersionError('week', week.monday, week.version);
  };
  const store: TimeHoursStore = {
    shift: async (shiftId) => structuredClone(shifts.get(shiftId)),
    weeks: async (keys) => keys.map(({ personId, monday }) => weekOf(personId, monday)),
    async recordActual(shift, week, delta, written) {
      await hooks.beforeWrite?.();
      if (shifts.get(shift.shiftId)?.version !== shift.version - 1)
        throw new StaleVersionError('shift', shift.shiftId, shift.version - 1);
      checkWeek(week);
      if (weekOf(week.personId, week.monday).approved)
        throw new StaleVersionError('week', week.monday, week.version);
      shifts.set(shift.shiftId, structuredClone(shift));
      weeks.set(weekKey(week.personId, week.monday), {
        ...week,
        actualMinutes: week.actualMinutes + delta,
        version: week.version + 1,
      });
      events.push(...written);
    },
    async approve(week, approval, entry, written) {
      await hooks.beforeWrite?.();
      checkWeek(week);
      weeks.set(weekKey(week.personId, week.monday), {
        ...week,
        approved: approval,
        version: week.version + 1,
      });
      audit.push(entry);
      events.push(...written);
    },
    async reopen(week, _reopening, entry, written) {
      await hooks.beforeWrite?.();
      checkWeek(week);
      const { approved: _, ...open } = week;
      weeks.set(weekKey(week.personId, week.monday), { ...open, version: week.version + 1 });
      audit.push(entry);
      events.push(...written);
    },
    shiftsOfWeeks: async (mondays, personId) =>
      [...shifts.values()].filter(
        (shift) => mondays.includes(shift.monday) && (personId === undefined || shift.personId === personId),
      ),
    shiftsOfProject: async (projectId) =>
      [...shifts.values()].filter((shift) => shift.link?.projectId === projectId),
    contracts: async (personIds) =>
      new Map(
        personIds.flatMap((personId) =>
          contracts.has(personId) ? [[personId, contracts.get(personId) ?? []]] : [],
        ),
      ),
  };
  return { store, shifts, weeks, contracts, audit, events, hooks, weekOf };
};

export const personOf = (personId: string, lastName: string, profiles: Profile[] = ['staff']): Person => ({
  personId,
  firstName: 'Camille',
  lastName,
  profiles,
  version: 1,
});

export const actorOf = (person: Person): Actor => ({
  personId: person.personId,
  username: person.personId,
  firstName: person.firstName,
  lastName: person.lastName,
  profiles: person.profiles,
});

/** A directory of a few adults: no guardians, no classes. */
export const adultsDirectory = (people: readonly Person[]): DirectoryReader => {
  const byId = new Map(people.map((person) => [person.personId, person]));
  return {
    person: async (personId) => byId.get(personId),
    people: async (ids) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as Person] : [])),
    childrenOf: async () => [],
    guardiansOf: async () => [],
    classesTaughtBy: async () => [],
    schoolClass: async () => undefined,
    schoolClasses: async () => [],
    studentsOf: async () => [],
    isGuardianOf: async () => false,
    teachesClass: async () => false,
    teachesStudent: async () => false,
    classesOf: async () => [],
  };
};

export const timeHoursPortsOf = (
  store: TimeHoursStore,
  people: readonly Person[],
  now = new Date('2027-03-20T12:00:00Z'),
): TimeHoursPorts => {
  let id = 0;
  return {
    hours: store,
    directory: adultsDirectory(people),
    clock: { now: () => now },
    newId: () => `id-${++id}`,
    school: { schoolId: 'demo', timeZone: 'Europe/Paris' },
  };
};
