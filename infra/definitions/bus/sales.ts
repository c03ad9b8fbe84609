import type { ModuleBus } from './bus-target';

/** The sales module's bus targets (issue 18): each part adds its rules and schedules in its own section. */
export const salesBus: ModuleBus = {
  module: 'sales',
  rules: [
    // S2 holds, client's link, documents
    // S3 invoices
    // S4 payments, journal
  ],
  schedules: [
    // S2 holds, client's link, documents (the quotes that expire, the holds that lapse)
    {
      name: 'expire-quotes',
      description:
        'Every quarter of an hour, expires the sent quotes past their validity or their hold (a key of quotes by expiry, no scan) and frees their held slots in the planning',
      everyMinutes: 15,
      target: { handler: 'sales/expire-quotes', needs: { table: 'readWrite' }, timeoutSeconds: 120 },
    },
    // S4 payments, journal (the reminders of overdue invoices)
    {
      name: 'remind-overdue-invoices',
      description:
        'Each morning, mails the client of an invoice 7 days past due a first reminder, at 30 days a second, once per step (a conditional write before the mail)',
      atLocalTime: '08:00',
      target: {
        handler: 'sales/remind-overdue',
        needs: { table: 'readWrite', notify: 'mail' },
        timeoutSeconds: 300,
      },
    },
  ],
};
