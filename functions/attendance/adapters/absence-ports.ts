import { randomUUID } from 'node:crypto';
import type { AbsencePorts } from '#domain/attendance/absences-ports';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoAbsences } from './dynamo-absences';
import { justificationDocuments } from './justification-documents';

const tableName = requireEnv(functionEnvironment.tableName);

/** The ports of the absences' handlers: this school's table and directory, clock, ids, time zone. */
export const absencePorts: AbsencePorts = {
  absences: dynamoAbsences(tableName),
  // The bucket is named only when a document is declared or downloaded (those routes need it).
  documents: justificationDocuments(tableName),
  directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: {
    schoolId: requireEnv(functionEnvironment.schoolId),
    timeZone: requireEnv(functionEnvironment.timeZone),
  },
};
