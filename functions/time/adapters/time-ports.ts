import { randomUUID } from 'node:crypto';
import type { TimeHoursPorts } from '#domain/time/time-hours-ports';
import type { TimePorts } from '#domain/time/time-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoTime } from './dynamo-time';
import { dynamoTimeHours } from './dynamo-time-hours';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();

/** The ports of the technical staff's time: this school's table, its directory, clock and ids. */
export const timePorts: TimePorts = {
  time: dynamoTime(tableName, school.timeZone),
  relations: directory,
  people: directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: { schoolId: school.schoolId, timeZone: school.timeZone },
};

// T2 hours, approval, exports
/** The ports of actual hours, the weekly approval, the totals and exports: the same table, directory and clock. */
export const timeHoursPorts: TimeHoursPorts = {
  hours: dynamoTimeHours(tableName),
  directory,
  clock: timePorts.clock,
  newId: randomUUID,
  school: timePorts.school,
};
