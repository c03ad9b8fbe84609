import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer } from '#domain/messaging/notification-ports';

/** Created once per Lambda instance. Locally, AWS_ENDPOINT_URL_SESV2 points it at the mail catcher. */
const sesClient = new SESv2Client({});

/** `"Collège Molière" <ne-pas-repondre@…>`: the school's name, quoted as RFC 5322 wants a name with punctuation. */
export const fromAddress = (schoolName: string, mailFrom: string) =>
  `"${schoolName.replace(/["\\]/g, '')}" <${mailFrom}>`;

/**
 * Mails through SES v2, from the school's name and address; in AWS through the school's configuration set, whose
 * event destination reports bounces and complaints (functions/messaging/on-mail-feedback.ts).
 */
export const sesMailer = (options: { from: string; configurationSet?: string }): Mailer => ({
  async send(mail) {
    await sesClient.send(
      new SendEmailCommand({
        FromEmailAddress: options.from,
        Destination: { ToAddresses: [mail.to] },
        ...(options.configurationSet && { ConfigurationSetName: options.configurationSet }),
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: mail.text, Charset: 'UTF-8' },
              Html: { Data: mail.html, Charset: 'UTF-8' },
            },
          },
        },
      }),
    );
  },
});
