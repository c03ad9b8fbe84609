import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { recordMailFeedback, type SesFeedback } from '#domain/messaging/mail-feedback';
import { withInvocationLog } from '#functions/lib/logger';
import { bouncedAddresses, clock } from './adapters/notification-ports';

/** SES's bounces and complaints of the school's mails (the default bus): the addresses are not used again. */
export const handler = withInvocationLog<EventBridgeEvent<string, SesFeedback>, Context, void>(
  (event, context) => ({ event: event['detail-type'], requestId: context?.awsRequestId }),
  middy<EventBridgeEvent<string, SesFeedback>, void>().handler(async (event) => {
    await recordMailFeedback(event.detail, clock.now().toISOString(), bouncedAddresses);
  }),
);
