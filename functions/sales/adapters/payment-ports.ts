import { randomUUID } from 'node:crypto';
import type { PaymentPorts, ReminderMailer } from '#domain/sales/payments-ports';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment } from '#functions/lib/school-environment';
import { fromAddress, sesMailer } from '#functions/messaging/adapters/ses-mailer';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoPayments } from './dynamo-payments';

const tableName = requireEnv(functionEnvironment.tableName);
const school = schoolFromEnvironment();

/** Without the school's (or the authority's) sending address, no reminder leaves: staff follow the list. */
const noMail: ReminderMailer = {
  send: async () => {
    throw new Error('No sending address for this school: reminders stay on the « Impayés » list');
  },
};

/** The mail sender of the reminders: the messaging module's, from the school's name and address. */
const reminderMailer = (): ReminderMailer => {
  const mailFrom = process.env[functionEnvironment.mailFrom];
  return mailFrom
    ? sesMailer({
        from: fromAddress(school.name, mailFrom),
        configurationSet: process.env[functionEnvironment.mailConfigurationSet],
      })
    : noMail;
};

/** The ports of payments, the overdue list and the journal: this school's table, directory, clock and mail. */
export const paymentPorts: PaymentPorts = {
  payments: dynamoPayments(tableName),
  directory,
  get mailer() {
    return reminderMailer();
  },
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: { schoolId: school.schoolId, name: school.name, timeZone: school.timeZone },
};
