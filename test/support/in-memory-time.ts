import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { StaleVersionError } from '#domain/shared/errors';
import type { StaffContract } from '#domain/time/contract';
import { staleDayOrWeek } from '#domain/time/plan-shift';
import { workedMinutesOf } from '#domain/time/shift';
import { PersonBusyError, WeekApprovedError } from '#domain/time/time-errors';
import type {
  DayOfShifts,
  StoredShift,
  TeamMember,
  TimePorts,
  TimeStore,
  WeekTotal,
} from '#domain/time/time-ports';
import type { OutgoingEvent } from '#events/envelope';

/**
 * The technical staff's time held in memory, with the same guards as the table: a shift's save holds only on the
 * versions read of its day and week items (`StaleVersionError` otherwise) and not in an approved week; `busyAt`
 * marks a person's planning as held on a day (`person_busy`). `beforeSave` runs between a check's read and its
 * save, for a test to slip another planner's write in.
 */
export const inMemoryTimeStore = () => {
  const members = new Map<string, TeamMember>();
  const shifts = new Map<string, StoredShift>();
  const days = new Map<string, DayOfShifts>();
  const weeks = new Map<string, WeekTotal>();
  const busyDays = new Set<string>();
  const events: OutgoingEvent[] = [];
  const audit: AuditEntry[] = [];
  const hooks: { beforeSave?: () => Promise<void> | void } = {};
  const key = (personId: string, at: string) => `${personId}|${at}`;

  const store: TimeStore = {
    async checkReads(personId, dates, mondays, link) {
      return {
        contracts: members.get(personId)?.contracts ?? [],
        days: dates.flatMap((date) => {
          const day = days.get(key(personId, date));
          return day ? [structuredClone(day)] : [];
        }),
        weeks: mondays.flatMap((monday) => {
          const week = weeks.get(key(personId, monday));
          return week ? [structuredClone(week)] : [];
        }),
        ...(link && { project: { projectId: link.projectId, name: `Production ${link.projectId}` } }),
      };
    },
    async shift(shiftId) {
      return shifts.get(shiftId);
    },
    async saveShift(write) {
      await hooks.beforeSave?.();
      const { shift, previous } = write;
      if (previous && shifts.get(shift.shiftId)?.version !== previous.version)
        throw new StaleVersionError('shift', shift.shiftId, previous.version);
      for (const week of write.weeks) {
        const stored = weeks.get(key(shift.personId, week.monday));
        if (stored?.approved) throw new WeekApprovedError(week.monday);
        if ((stored?.version ?? 0) !== (write.read.weeks[week.monday] ?? 0))
          throw staleDayOrWeek(shift.personId);
      }
      for (const date of write.checked.days)
        if ((days.get(key(shift.personId, date))?.version ?? 0) !== (write.read.days[date] ?? 0))
          throw staleDayOrWeek(shift.personId);
      for (const monday of write.checked.weeks)
        if ((weeks.get(key(shift.personId, monday))?.version ?? 0) !== (write.read.weeks[monday] ?? 0))
          throw staleDayOrWeek(shift.personId);
      if (busyDays.has(key(shift.personId, shift.day)))
        throw new PersonBusyError(shift.personId, [shift.day]);
      shifts.set(shift.shiftId, shift);
      for (const day of write.days) days.set(key(shift.personId, day.date), day);
      for (const week of write.weeks) {
        const stored = weeks.get(key(shift.personId, week.monday));
        weeks.set(key(shift.personId, week.monday), { ...stored, ...week });
      }
      events.push(...write.events);
      audit.push(write.audit);
    },
    async removeShift(shift, removedEvents, entry) {
      const week = weeks.get(key(shift.personId, shift.monday));
      if (week?.approved) throw new WeekApprovedError(shift.monday);
      shifts.delete(shift.shiftId);
      const day = days.get(key(shift.personId, shift.day));
      if (day) {
        const remaining = day.shifts.filter((other) => other.shiftId !== shift.shiftId);
        days.set(key(shift.personId, shift.day), {
          ...day,
          shifts: remaining,
          workedMinutes: day.workedMinutes - workedMinutesOf(shift.planned),
          version: day.version + 1,
        });
      }
      if (week)
        weeks.set(key(shift.personId, shift.monday), {
          ...week,
          workedMinutes: week.workedMinutes - workedMinutesOf(shift.planned),
          version: week.version + 1,
        });
      events.push(...removedEvents);
      audit.push(entry);
    },
    async member(personId) {
      return members.get(personId);
    },
    async putContracts(member, readVersion, entry) {
      if ((members.get(member.personId)?.version ?? 0) !== readVersion)
        throw new StaleVersionError('staff contracts', member.personId, readVersion);
      members.set(member.personId, member);
      audit.push(entry);
    },
    async team() {
      return [...members.values()].sort((left, right) => left.name.localeCompare(right.name, 'fr'));
    },
    async weekShifts(monday, personId) {
      return [...shifts.values()].filter(
        (shift) => shift.monday === monday && (personId === undefined || shift.personId === personId),
      );
    },
    async weeks(personIds, monday) {
      return new Map(
        personIds.flatMap((personId) => {
          const week = weeks.get(key(personId, monday));
          return week ? [[personId, week] as const] : [];
        }),
      );
    },
    async projectShifts(projectId) {
      return [...shifts.values()].filter((shift) => shift.link?.projectId === projectId);
    },
    async busy(personIds, spans) {
      const busy = new Map<string, 'shift' | 'activity'>();
      for (const personId of personIds)
        for (const span of spans) {
          if (busyDays.has(key(personId, span.date))) busy.set(personId, 'activity');
          else if (
            [...shifts.values()].some((shift) => shift.personId === personId && shift.day === span.date)
          )
            busy.set(personId, 'shift');
        }
      return busy;
    },
  };

  return {
    store,
    events,
    audit,
    hooks,
    giveContract: (personId: string, name: string, contract: Omit<StaffContract, 'personId'>) =>
      members.set(personId, { personId, name, contracts: [{ ...contract, personId }], version: 1 }),
    approve: (personId: string, monday: string) => {
      const week = weeks.get(key(personId, monday)) ?? { monday, workedMinutes: 0, version: 0 };
      weeks.set(key(personId, monday), {
        ...week,
        approved: { at: '2027-01-01T00:00:00Z', by: 'x' },
        version: week.version + 1,
      });
    },
    busyAt: (personId: string, date: string) => busyDays.add(key(personId, date)),
    week: (personId: string, monday: string) => weeks.get(key(personId, monday)),
  };
};

export const plannerActor: Actor = {
  personId: 'planner-1',
  username: 'planner',
  firstName: 'Bruno',
  lastName: 'Lemaire',
  profiles: ['planner'],
};

/**
 * Ports of the time's use cases on the in-memory store: a directory with anyone asked, Paris, a fixed clock.
 * `renamed`: the people whose names the directory changed since their contract was saved (the others, read in a
 * batch, are kept as the contract named them).
 */
export const inMemoryTimePorts = (
  store: TimeStore,
  now = new Date('2027-01-04T08:00:00Z'),
  renamed: ReadonlyMap<string, { firstName: string; lastName: string }> = new Map(),
): TimePorts => {
  let next = 0;
  return {
    time: store,
    relations: {
      isGuardianOf: async () => false,
      teachesClass: async () => false,
      teachesStudent: async () => false,
      classesOf: async () => [],
    },
    people: {
      person: async (personId) => ({
        personId,
        firstName: 'Léa',
        lastName: 'Martin',
        profiles: ['staff'],
        version: 1,
        ...renamed.get(personId),
      }),
      people: async (personIds) =>
        personIds.flatMap((personId) => {
          const name = renamed.get(personId);
          return name ? [{ personId, ...name, profiles: ['staff' as const], version: 2 }] : [];
        }),
    },
    clock: { now: () => now },
    newId: () => {
      next += 1;
      return `id-${next}`;
    },
    school: { schoolId: 'test', timeZone: 'Europe/Paris' },
  };
};
