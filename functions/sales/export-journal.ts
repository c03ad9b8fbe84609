import { exportJournal } from '#domain/sales/export-journal';
import { journalQuerySchema } from '#domain/sales/sales-journal';
import { frenchExcelCsv } from '#domain/shared/french-excel-csv';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { paymentPorts } from './adapters/payment-ports';

/** The sales journal of a period (or its payments) as a CSV that French Excel opens, for the accountant. */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, journalQuerySchema);
  const { fileName, headers, rows } = await exportJournal(query, actor, paymentPorts);
  return {
    status: 200,
    file: { bytes: frenchExcelCsv(headers, rows), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
