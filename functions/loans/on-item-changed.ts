import { writeCatalogues } from '#domain/loans/catalogue';
import { catalogueFamilies, type ItemFamily } from '#domain/loans/item';
import { regenerateFamilyFeeds } from '#domain/sharing/regenerate-shared';
import { itemChanged } from '#events/loans/loans-events';
import { eventHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharingPorts } from '#functions/sharing/adapters/sharing-ports';
import { cataloguePorts } from './adapters/loans-ports';

const ports = cataloguePorts();

/**
 * Target of the bus rule `rewrite-catalogues`: the catalogues of the family an item is in, and the one it left; and
 * the staff's availability feeds of those families (a hand-over, a return).
 */
export const handler = eventHandler([itemChanged] as const, async ({ data }) => {
  const families = [data.family, data.previousFamily].filter((family): family is ItemFamily =>
    (catalogueFamilies as readonly string[]).includes(family ?? ''),
  );
  if (families.length === 0) return;
  const written = await writeCatalogues(families, ports);
  const feeds = await regenerateFamilyFeeds(families, sharingPorts);
  log.info('Catalogues written', { itemId: data.itemId, files: written.length, ...feeds });
  if (feeds.failed.length > 0) throw new Error(`Family feeds not written: ${feeds.failed.join(', ')}`);
});
