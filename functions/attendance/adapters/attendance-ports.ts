import { randomUUID } from 'node:crypto';
import type { AttendancePorts } from '#domain/attendance/attendance-ports';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoAttendance } from './dynamo-attendance';
import { planningCourses } from './planning-courses';

const tableName = requireEnv(functionEnvironment.tableName);

/** The ports of the roll call's handlers: this school's table, its planning and directory, clock, ids, time zone. */
export const attendancePorts: AttendancePorts = {
  attendance: dynamoAttendance(tableName),
  courses: planningCourses(planningPorts, directory),
  directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
  },
};
