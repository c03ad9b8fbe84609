import { itemChanged, loanDecided, loansSource } from '#events/loans/loans-events';
import type { ModuleBus } from './bus-target';

export const loansBus: ModuleBus = {
  module: 'loans',
  rules: [
    // L1 public catalogues
    {
      name: 'rewrite-catalogues',
      description:
        'Writes again the public catalogue of the family an item changed in (and the one it left), and its availability feeds',
      pattern: { source: [loansSource], 'detail-type': [itemChanged.detailType] },
      target: {
        handler: 'loans/on-item-changed',
        // L5: and the staff's availability feeds of the family (a feed whose maker lost the right is revoked).
        needs: { table: 'readWrite', site: 'readWrite', documents: 'read' },
        timeoutSeconds: 60,
      },
    },
    // Loans (to come)
    // L5 notices and feeds
    {
      name: 'on-loan-decided',
      description:
        'A loan approved, waitlisted, refused or cancelled: the borrower (a minor’s guardians too) told of the decision, and its family’s availability feeds written again',
      pattern: { source: [loansSource], 'detail-type': [loanDecided.detailType] },
      target: {
        handler: 'loans/on-loan-decided',
        needs: { table: 'readWrite', site: 'readWrite', notify: 'send' },
        timeoutSeconds: 60,
      },
    },
  ],
  schedules: [
    // L3 overdue and campaign
    {
      name: 'remind-overdue-loans',
      description:
        'Each morning, reminds the loans past their end date: the borrower the next day, a minor’s guardians at 7 days, staff at 14, once per step (a conditional write on the loan before the notification)',
      atLocalTime: '08:00',
      target: {
        handler: 'loans/remind-overdue-loans',
        needs: { table: 'readWrite', notify: 'send' },
        timeoutSeconds: 300,
      },
    },
  ],
};
