import { regenerateFamilyFeeds } from '#domain/sharing/regenerate-shared';
import { loanDecided } from '#events/loans/loans-events';
import { eventHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharingPorts } from '#functions/sharing/adapters/sharing-ports';
import { loansPorts } from './adapters/loans-ports';

/**
 * Target of the bus rule `on-loan-decided`: the staff's availability feeds of the decided loan's family are written
 * again (a hold taken or released).
 */
export const handler = eventHandler(loanDecided, async ({ data }) => {
  const item = data.itemId ? await loansPorts.inventory.item(data.itemId) : undefined;
  const feeds = item ? await regenerateFamilyFeeds([item.family], sharingPorts) : undefined;
  log.info('Loan decided: followed', { loanId: data.loanId, status: data.status, ...feeds });
  if (feeds && feeds.failed.length > 0)
    throw new Error(`Family feeds not written: ${feeds.failed.join(', ')}`);
});
