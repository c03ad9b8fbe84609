import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { catalogueLinks, writeCatalogues } from './catalogue';
import { catalogueFamilies } from './item';
import type { CataloguePorts } from './loans-ports';

/** The catalogues' addresses: whoever reads the inventory (teachers pass them on to families). */
export const readCatalogues = async (origin: string, actor: Actor, relations: Relations) => {
  await authorize(actor, 'loans:read', { kind: 'school' }, relations);
  return catalogueLinks(origin);
};

/**
 * Writes every catalogue again, now: staff and the head of school, the first time or after a change of the page's
 * wording (an item's change writes its family's on its own, through the bus).
 */
export const publishCatalogues = async (
  origin: string,
  actor: Actor,
  relations: Relations,
  ports: CataloguePorts,
) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, relations);
  await writeCatalogues(catalogueFamilies, ports);
  return catalogueLinks(origin);
};
