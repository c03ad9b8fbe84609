import { exportClassAbsences, exportHeaders } from '#domain/attendance/export-absences';
import { exportQuerySchema } from '#domain/attendance/justification';
import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** A class's attendance over a period as a CSV that French Excel opens. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseQuery(event, exportQuerySchema);
  const { from, to, rows } = await exportClassAbsences(input, actor, absencePorts);
  const fileName = `absences-${input.classId}-${from}-${to}.csv`;
  return {
    status: 200,
    file: { bytes: frenchExcelCsv(exportHeaders, rows), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
