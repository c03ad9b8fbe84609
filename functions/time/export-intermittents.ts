import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import { monthQuerySchema } from '#domain/time/payroll-export';
import { intermittentsExport } from '#domain/time/read-time-totals';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** The month's intermittent contracts with their hours and cachets (France Travail's count), for French Excel. */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, monthQuerySchema);
  const { fileName, headers, rows } = await intermittentsExport(query, actor, timeHoursPorts);
  return {
    status: 200,
    file: { bytes: frenchExcelCsv(headers, rows), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
