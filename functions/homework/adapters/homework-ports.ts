import { randomUUID } from 'node:crypto';
import type { BookPorts } from '#domain/homework/class-book';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoHomework } from './dynamo-homework';
import { planningSessions } from './planning-sessions';

const tableName = requireEnv(functionEnvironment.tableName);

/** The ports of the homework handlers: this school's table, its planning and directory, clock, ids, time zone. */
export const homeworkPorts: BookPorts = {
  homework: dynamoHomework(tableName),
  sessions: planningSessions(planningPorts),
  directory,
  classes: directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
  },
};
