import { randomUUID } from 'node:crypto';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoCalendarStore } from './dynamo-calendar-store';
import { dynamoPlanningDirectory } from './dynamo-planning-directory';
import { dynamoPlanningStore } from './dynamo-planning-store';
import { dynamoProjectStore } from './dynamo-project-store';

const tableName = requireEnv(functionEnvironment.tableName);

/** The ports of the planning handlers: this school's table, clock, ids and time zone. */
export const planningPorts: PlanningPorts = {
  planning: dynamoPlanningStore(tableName),
  projects: dynamoProjectStore(tableName),
  calendars: dynamoCalendarStore(tableName),
  directory: dynamoPlanningDirectory(tableName),
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
    kind: requireEnv(functionEnvironment.schoolKind),
  },
};
