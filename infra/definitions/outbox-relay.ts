import type { FunctionNeeds } from './routes';
import { outboxKeys } from './table/outbox-keys';

/**
 * The relay from the school table's outbox to its bus. The CDK stack maps the table's stream to this function
 * with this filter (Lambda event filtering); the local platform polls DynamoDB Local's stream and applies the
 * same filter, which uses the syntax of EventBridge patterns.
 */
export const outboxRelay: { handler: string; needs: FunctionNeeds; filter: Record<string, unknown> } = {
  handler: 'outbox/relay-events',
  needs: { bus: 'publish' },
  filter: { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [outboxKeys.entity] } } } },
};
