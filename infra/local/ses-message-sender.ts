import type { MessageSender } from 'cognito-local/lib/services/messageDelivery/messageSender';
import { passwordResetMail } from '#infra/definitions/school-user-pool';

/** The address local mails come from; in AWS, the pool's SES configuration names the school's. */
export const localMailSender = 'Préau <ne-pas-repondre@preau.localhost>';

const asText = (html: string) =>
  html
    .replace(/<\/p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .trim();

/**
 * cognito-local's mails, sent as a pool with an SES configuration sends them: through the SES v2 API (here to
 * aws-ses-v2-local, the local mail catcher), with the pool's French message and the code in it. The catcher only
 * checks that the request is signed in AWS's manner, not the signature: a placeholder header is enough.
 */
export const sesMessageSender = (endpoint: string): MessageSender => ({
  async sendEmail(_ctx, _user, destination, message) {
    const html = passwordResetMail.html.replace(passwordResetMail.codePlaceholder, message.__code ?? '');
    const response = await fetch(`${endpoint}/v2/email/outbound-emails`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'AWS4-HMAC-SHA256 Credential=local/local/local/ses/aws4_request',
      },
      body: JSON.stringify({
        FromEmailAddress: localMailSender,
        Destination: { ToAddresses: [destination] },
        Content: {
          Simple: {
            Subject: { Data: passwordResetMail.subject, Charset: 'UTF-8' },
            Body: {
              Html: { Data: html, Charset: 'UTF-8' },
              Text: { Data: asText(html), Charset: 'UTF-8' },
            },
          },
        },
      }),
    });
    if (!response.ok)
      throw new Error(`The mail catcher refused a mail: ${response.status} ${await response.text()}`);
  },
  async sendSms() {
    throw new Error('The local platform sends no SMS: accounts recover their password by e-mail only');
  },
});
