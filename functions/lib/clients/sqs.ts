import { SQSClient } from '@aws-sdk/client-sqs';

/** Created once per Lambda instance. Locally, AWS_ENDPOINT_URL_SQS points it at the school's local queues. */
export const sqsClient = new SQSClient({});
