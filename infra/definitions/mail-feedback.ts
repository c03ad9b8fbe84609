import type { FunctionNeeds } from './routes';

/**
 * SES's word on the school's mails: its configuration set sends bounces and complaints to the account's default
 * event bus (the only bus SES delivers to), where a rule keeps those of this school's configuration set for this
 * handler, which marks the address so that it is not used again.
 */
export const mailFeedback: { handler: string; needs: FunctionNeeds; detailTypes: string[] } = {
  handler: 'messaging/record-mail-feedback',
  needs: { table: 'readWrite' },
  detailTypes: ['Email Bounced', 'Email Complaint Received'],
};

/** The school's SES configuration set: its name is in every mail's tags, which the rule filters on. */
export const mailConfigurationSetName = (schoolId: string) => `preau-${schoolId}`;
