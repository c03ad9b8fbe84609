import { readCatalogues } from '#domain/loans/publish-catalogues';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { publicOrigin } from '#functions/lib/public-origin';
import { loansPorts } from './adapters/loans-ports';

/** The public catalogues' addresses, for the school's website. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readCatalogues(publicOrigin(event), actor, loansPorts.relations),
}));
