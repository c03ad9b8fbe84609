import { exportInventory } from '#domain/loans/inventory';
import { itemExportQuerySchema } from '#domain/loans/item';
import { inventoryCsv } from '#domain/loans/item-csv';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** The inventory as a CSV French Excel opens. */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, itemExportQuerySchema);
  const items = await exportInventory(query, actor, loansPorts);
  const fileName = `inventaire-instruments${query.family ? `-${query.family}` : ''}.csv`;
  return {
    status: 200,
    file: { bytes: inventoryCsv(items), contentType: 'text/csv; charset=utf-8', fileName },
  };
});
