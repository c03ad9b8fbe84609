import type { FunctionNeeds } from '../infra/definitions/routes';
import { placesSource } from './places/place-events';

/**
 * Routing rules of a school's bus. The CDK stack creates one EventBridge rule per entry with this very pattern;
 * the local bus matches events against the same patterns (EventBridge semantics) and calls the same handlers.
 */
export interface EventRule {
  name: string;
  description: string;
  /** An EventBridge event pattern, as JSON. */
  pattern: Record<string, unknown>;
  target: { handler: string; needs: FunctionNeeds };
}

export const eventRules: readonly EventRule[] = [
  {
    name: 'journal-place-changes',
    description: 'Keeps every change of a place in the school journal',
    pattern: { source: [placesSource], 'detail-type': [{ prefix: 'Place' }] },
    target: { handler: 'journal/record-change', needs: { table: 'readWrite' } },
  },
];
