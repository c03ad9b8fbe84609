import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import { occurrenceKey } from '#domain/planning/occurrences';
import { mondayOf } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { sortKeyOf } from '#domain/shared/text';
import { assertShiftAllowed, checkShift, type NearbyShift } from '#domain/time/check-shift';
import { rulebooks } from '#domain/time/rulebooks';
import { dayOfShift, workedMinutesOf } from '#domain/time/shift';
import { planningSpansOf, shiftAgendaEntry, shiftHolder } from '#domain/time/shift-marks';
import type { StoredShift } from '#domain/time/time-ports';
import { put, writeRequests } from '#functions/lib/write-requests';
import { contractsRecord, dayRecord, shiftRecord } from '#functions/time/adapters/dynamo-time';
import { planningKeys, seedKeys, timeKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory, demoTechnicians } from '../people/demo-people';
import { demoYear } from '../planning/seed-demo-planning';
import { demoContracts, demoShifts, linkOf } from './demo-time';

const seededAt = '2026-09-01T08:00:00.000Z';

/** The demo technicians' person ids, in the order of `demoTechnicians`. */
export const demoTechnicianIds = (school: Pick<Tenant, 'id' | 'kind'>) => {
  const { people } = demoDirectory(school);
  return demoTechnicians.map(([firstName, lastName]) => {
    const person = people.find((each) => each.firstName === firstName && each.lastName === lastName);
    if (!person) throw new Error(`No demo technician ${firstName} ${lastName}`);
    return person;
  });
};

/**
 * The demo shifts as they are stored, each checked as the API checks it (in order of start, against the shifts
 * before it): a demo shift that broke its rules without an exception would stop the seed.
 */
export const demoTimeOf = (school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>) => {
  const zone = school.timeZone;
  const technicians = demoTechnicianIds(school);
  const { projects, activities } = demoYear(school);
  const figaro = projects.find((project) => project.name === 'Les Noces de Figaro');
  if (!figaro) throw new Error('No demo opera production');
  const performances = new Map(
    activities
      .filter((activity) => activity.projectId === figaro.id && activity.schedule.kind === 'once')
      .map((activity) => [activity.schedule.kind === 'once' ? activity.schedule.date : '', activity.id]),
  );
  const shifts: StoredShift[] = [];
  const ordered = [...demoShifts].sort((left, right) =>
    `${left.day}${left.start}`.localeCompare(`${right.day}${right.start}`),
  );
  ordered.forEach((demo, index) => {
    const personId = technicians[demo.technician]?.personId as string;
    const contract = demoContracts[demo.technician];
    if (!contract) throw new Error(`No contract for technician ${demo.technician}`);
    const planned = {
      startsAt: instantOffset(demo.day, demo.start, zone),
      endsAt: instantOffset(demo.day, demo.end, zone),
      breakMinutes: demo.breakMinutes,
    };
    const shiftId = `demo-shift-${String(index + 1).padStart(3, '0')}`;
    const mine = shifts.filter((shift) => shift.personId === personId);
    const weekTotals: Record<string, number> = {};
    for (const shift of mine)
      weekTotals[shift.monday] = (weekTotals[shift.monday] ?? 0) + workedMinutesOf(shift.planned);
    const check = assertShiftAllowed(
      checkShift({
        shift: {
          shiftId,
          work: demo.work,
          times: planned,
          ...(demo.exception && { exception: demo.exception }),
        },
        rulebook: rulebooks[contract.rulebookId],
        zone,
        nearby: mine.map((shift): NearbyShift => ({ shiftId: shift.shiftId, ...shift.planned })),
        weekTotals,
      }),
    );
    const link = linkOf(demo, { projectId: figaro.id, performances });
    const day = dayOfShift(planned, zone);
    shifts.push({
      shiftId,
      personId,
      work: demo.work,
      ...(link && { link, projectName: figaro.name }),
      planned,
      ...(demo.exception && { exception: demo.exception }),
      accepted: check.accepted,
      day,
      monday: mondayOf(day),
      version: 1,
      createdAt: seededAt,
      updatedAt: seededAt,
    });
  });
  return { technicians, shifts };
};

/** A local day and time as a date-time with its offset, as the API takes them. */
const instantOffset = (day: string, time: string, zone: string) => {
  const utc = Date.parse(instantOf(day, time, zone));
  const offset = Math.round((utc - Date.parse(`${day}T${time}:00Z`)) / -60_000);
  const sign = offset >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${day}T${time}:00${sign}${hours}:${minutes}`;
};

/** Writes the demo technicians' contracts and shifts once, with their days, weeks and planning marks. */
export const seedDemoTime = async (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('time');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, shifts: 0 };
  const { technicians, shifts } = demoTimeOf(school);
  const contracts = technicians.map((person, index) =>
    contractsRecord({
      personId: person.personId,
      name: `${person.firstName} ${person.lastName}`,
      sortName: sortKeyOf(`${person.lastName} ${person.firstName}`),
      contracts: [{ ...(demoContracts[index] as (typeof demoContracts)[number]), personId: person.personId }],
      version: 1,
    }),
  );
  const group = <T>(keyOf: (shift: StoredShift) => string, make: (key: string, of: StoredShift[]) => T) => {
    const groups = new Map<string, StoredShift[]>();
    for (const shift of shifts) groups.set(keyOf(shift), [...(groups.get(keyOf(shift)) ?? []), shift]);
    return [...groups].map(([key, of]) => make(key, of));
  };
  const days = group(
    (shift) => `${shift.personId}|${shift.day}`,
    (_, of) =>
      dayRecord((of[0] as StoredShift).personId, {
        date: (of[0] as StoredShift).day,
        shifts: of.map((shift) => ({ shiftId: shift.shiftId, ...shift.planned })),
        workedMinutes: of.reduce((sum, shift) => sum + workedMinutesOf(shift.planned), 0),
        version: 1,
      }),
  );
  const weeks = group(
    (shift) => `${shift.personId}|${shift.monday}`,
    (_, of) => ({
      ...timeKeys.week((of[0] as StoredShift).personId, (of[0] as StoredShift).monday),
      entity: 'time-week',
      personId: (of[0] as StoredShift).personId,
      monday: (of[0] as StoredShift).monday,
      workedMinutes: of.reduce((sum, shift) => sum + workedMinutesOf(shift.planned), 0),
      version: 1,
    }),
  );
  // The marks of the technicians' planning days (they take part in no activity of the demo year).
  const marks = new Map<string, Record<string, unknown>>();
  for (const shift of shifts)
    for (const span of planningSpansOf(shift.planned, school.timeZone)) {
      const key = planningKeys.day('person', shift.personId, span.date);
      const item = marks.get(`${key.PK}|${key.SK}`) ?? {
        ...key,
        entity: 'agenda-day',
        resourceKind: 'person',
        resourceId: shift.personId,
        date: span.date,
      };
      item[
        planningKeys.entryPrefix +
          occurrenceKey({ activityId: shiftHolder(shift.shiftId), seriesDate: span.date })
      ] = shiftAgendaEntry(shift, span, school.timeZone);
      for (const mark of occupancyMarks(span.start, span.end).holds)
        item[mark] = new Set([
          ...((item[mark] as Set<string> | undefined) ?? []),
          shiftHolder(shift.shiftId),
        ]);
      marks.set(`${key.PK}|${key.SK}`, item);
    }
  await writeRequests(
    tableName,
    [
      ...contracts,
      ...shifts.map((shift) => shiftRecord(shift, school.timeZone)),
      ...days,
      ...weeks,
      ...marks.values(),
    ].map(put),
    { client: documents },
  );
  await documents.send(new PutCommand({ TableName: tableName, Item: { ...marker, seededAt } }));
  return { seeded: true, shifts: shifts.length };
};
