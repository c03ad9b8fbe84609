import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { needsFollowUp, reminderDue } from './decide-payment';
import { reminderSteps } from './payment';
import type { PaymentPorts } from './payments-ports';
import { reminderMail } from './reminder-mail';

/**
 * « Impayés »: the invoices past their due date with a balance, the oldest due first, each with the reminders
 * sent and whether staff should now follow it up themselves. One query of the open invoices' index.
 */
export const listOverdue = async (actor: Actor, ports: PaymentPorts) => {
  await authorize(actor, 'sales:payments', { kind: 'school' }, ports.directory);
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const invoices = await ports.payments.openDueBy(plusDays(today, -1));
  return {
    today,
    items: invoices.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      number: invoice.number,
      clientId: invoice.clientId,
      clientName: invoice.clientName,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      grossCents: invoice.grossCents,
      balanceCents: invoice.balanceCents,
      reminders: invoice.reminders ?? {},
      followUp: needsFollowUp(invoice, today),
    })),
  };
};

/**
 * The daily reminders: for each open invoice whose due date is 7 days past or more, the step it is due (first at
 * +7 days, second at +30), claimed with a conditional write BEFORE the mail leaves, so a rerun, or two runs at
 * once, mail none twice; a mail that fails gives its claim back for the next day's run. Invoices without a
 * contact address are left to staff (the list shows them with no reminder sent).
 */
export const remindOverdue = async (ports: PaymentPorts) => {
  const now = ports.clock.now();
  const today = todayInZone(now, ports.school.timeZone);
  const invoices = await ports.payments.openDueBy(plusDays(today, -reminderSteps[0].afterDays));
  const sent: { invoiceId: string; step: string }[] = [];
  for (const invoice of invoices) {
    const step = reminderDue(invoice, today);
    if (!step || !invoice.clientEmail) continue;
    if (!(await ports.payments.claimReminder(invoice.invoiceId, step, now.toISOString()))) continue;
    try {
      await ports.mailer.send({ to: invoice.clientEmail, ...reminderMail(invoice, step, ports.school.name) });
    } catch (error) {
      await ports.payments.releaseReminder(invoice.invoiceId, step);
      throw error;
    }
    sent.push({ invoiceId: invoice.invoiceId, step });
  }
  return sent;
};
