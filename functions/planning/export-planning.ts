import { authorize } from '#domain/identity/authorize';
import { planningCsv } from '#domain/planning/export/planning-csv';
import { planningJson } from '#domain/planning/export/planning-json';
import { exportPlanning } from '#domain/planning/export-planning';
import { planningExportSchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { visibilityFor } from './adapters/person-visibility-ports';
import { planningPorts } from './adapters/planning-ports';

export const handler = signedInHandler(async (event, actor) => {
  const { from, to, format } = parseQuery(event, planningExportSchema);
  await authorize(actor, 'planning:export', { kind: 'school' }, directory);
  const rows = await exportPlanning({ from, to }, planningPorts, (personIds) =>
    visibilityFor(actor, personIds),
  );
  const fileName = `planning-${planningPorts.school.schoolId}-${from}-${to}.${format}`;
  if (format === 'json') {
    const bytes = new TextEncoder().encode(JSON.stringify(planningJson(rows), null, 2));
    return { status: 200, file: { bytes, contentType: 'application/json; charset=utf-8', fileName } };
  }
  return {
    status: 200,
    file: { bytes: planningCsv(rows), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
