import { randomUUID } from 'node:crypto';
import { authorize } from '../../domain/identity/authorize';
import { planningCsv } from '../../domain/planning/export/planning-csv';
import { planningJson } from '../../domain/planning/export/planning-json';
import { exportPlanning } from '../../domain/planning/export-planning';
import { planningExportSchema } from '../../domain/planning/planning-input';
import { functionEnvironment } from '../../infra/definitions/environment';
import { exportFiles } from '../imports/adapters/export-files';
import { directory } from '../lib/directory';
import { requireEnv } from '../lib/env';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { planningPorts } from './adapters/planning-ports';

const files = exportFiles(requireEnv(functionEnvironment.documentsBucket));

export const handler = signedInHandler(async (event, actor) => {
  const { from, to, format } = parseJsonBody(event, planningExportSchema);
  await authorize(actor, 'planning:export', { kind: 'school' }, directory);
  const rows = await exportPlanning({ from, to }, planningPorts);
  const fileName = `planning-${planningPorts.school.schoolId}-${from}-${to}.${format}`;
  const body =
    format === 'csv'
      ? planningCsv(rows)
      : new TextEncoder().encode(JSON.stringify(planningJson(rows), null, 2));
  const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
  const url = await files.store(randomUUID(), fileName, body, contentType);
  return { status: 201, body: { url, occurrences: rows.length } };
});
