import { tellLoanDecision } from '#domain/loans/loan-notices';
import { regenerateFamilyFeeds } from '#domain/sharing/regenerate-shared';
import { loanDecided } from '#events/loans/loans-events';
import { eventHandler } from '#functions/lib/event-handler';
import { log } from '#functions/lib/logger';
import { sharingPorts } from '#functions/sharing/adapters/sharing-ports';
import { loanNoticePorts, loansPorts } from './adapters/loans-ports';

/**
 * Target of the bus rule `on-loan-decided`: the borrower (and a minor's guardians) told of the decision, and the
 * staff's availability feeds of the loan's family written again (a hold taken or released).
 */
export const handler = eventHandler(loanDecided, async ({ data, metadata }) => {
  const told = await tellLoanDecision(data, metadata, loanNoticePorts);
  const item = data.itemId ? await loansPorts.inventory.item(data.itemId) : undefined;
  const feeds = item ? await regenerateFamilyFeeds([item.family], sharingPorts) : undefined;
  log.info('Loan decided: followed', { loanId: data.loanId, status: data.status, told, ...feeds });
  if (feeds && feeds.failed.length > 0)
    throw new Error(`Family feeds not written: ${feeds.failed.join(', ')}`);
});
