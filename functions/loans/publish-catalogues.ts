import { publishCatalogues } from '#domain/loans/publish-catalogues';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { publicOrigin } from '#functions/lib/public-origin';
import { cataloguePorts, loansPorts } from './adapters/loans-ports';

/** Writes every public catalogue now. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await publishCatalogues(publicOrigin(event), actor, loansPorts.relations, cataloguePorts()),
}));
