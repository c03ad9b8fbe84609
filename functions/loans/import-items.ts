import { importItems } from '#domain/loans/import-items';
import { itemImportSchema } from '#domain/loans/item-csv';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** A school's spreadsheet of instruments, with its column mapping: a dry run, or the import itself. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await importItems(parseJsonBody(event, itemImportSchema), actor, loansPorts),
}));
