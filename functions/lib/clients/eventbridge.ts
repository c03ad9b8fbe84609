import { EventBridgeClient } from '@aws-sdk/client-eventbridge';

/** Created once per Lambda instance. Locally, AWS_ENDPOINT_URL_EVENTBRIDGE points it at the school's local bus. */
export const eventBridgeClient = new EventBridgeClient({});
