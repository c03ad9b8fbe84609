import { itemChanged, loansSource } from '#events/loans/loans-events';
import type { ModuleBus } from './bus-target';

export const loansBus: ModuleBus = {
  module: 'loans',
  rules: [
    // L1 public catalogues
    {
      name: 'rewrite-catalogues',
      description: 'Writes again the public catalogue of the family an item changed in (and the one it left)',
      pattern: { source: [loansSource], 'detail-type': [itemChanged.detailType] },
      target: {
        handler: 'loans/on-item-changed',
        needs: { table: 'read', site: 'readWrite', documents: 'read' },
        timeoutSeconds: 60,
      },
    },
    // Loans (to come)
  ],
  schedules: [],
};
