import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import { monthQuerySchema } from '#domain/time/payroll-export';
import { payrollExport } from '#domain/time/read-time-totals';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** The month's hours for payroll, one line per person, week and kind of hour, as a CSV for French Excel. */
export const handler = signedInHandler(async (event, actor) => {
  const { fileName, headers, rows } = await payrollExport(
    parseQuery(event, monthQuerySchema),
    actor,
    timeHoursPorts,
  );
  return {
    status: 200,
    file: { bytes: frenchExcelCsv(headers, rows), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
