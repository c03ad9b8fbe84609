import {
  importChunkRequested,
  importRequested,
  importsSource,
  schoolYearSwitchRequested,
} from '#events/imports/import-events';
import { placesSource } from '#events/places/place-events';
import {
  activityCancelled,
  activityMoved,
  activityScheduled,
  planningSource,
  projectUpdated,
} from '#events/planning/planning-events';
import type { FunctionNeeds } from './routes';

/**
 * Routing rules of a school's bus. The CDK stack creates one EventBridge rule per entry with this very pattern;
 * the local bus matches events against the same patterns (EventBridge semantics) and calls the same handlers.
 */
export interface EventRule {
  name: string;
  description: string;
  /** An EventBridge event pattern, as JSON. */
  pattern: Record<string, unknown>;
  /** `timeoutSeconds`: for a target that needs more than the default 30 s (Lambda allows 900). */
  target: { handler: string; needs: FunctionNeeds; timeoutSeconds?: number };
}

export const eventRules: readonly EventRule[] = [
  {
    name: 'journal-place-changes',
    description: 'Keeps every change of a place in the school journal',
    pattern: { source: [placesSource], 'detail-type': [{ prefix: 'Place' }] },
    target: { handler: 'journal/record-change', needs: { table: 'readWrite' } },
  },
  {
    name: 'run-import-jobs',
    description: 'Checks or applies an import job: reads its files, compares them with the directory, writes',
    pattern: { source: [importsSource], 'detail-type': [importRequested.detailType] },
    // A town's SIECLE export: some 30,000 people to compare and, the first time, to write.
    target: {
      handler: 'imports/run-import-job',
      needs: { table: 'readWrite', documents: 'readWrite' },
      timeoutSeconds: 900,
    },
  },
  {
    name: 'run-import-chunks',
    description: 'Writes one chunk of an applied import job, counts it once, and asks for the next',
    pattern: { source: [importsSource], 'detail-type': [importChunkRequested.detailType] },
    // A chunk is some 250 plan entries (about 1,000 puts): seconds, far within this limit.
    target: {
      handler: 'imports/run-import-chunk',
      needs: { table: 'readWrite', documents: 'read' },
      timeoutSeconds: 120,
    },
  },
  {
    name: 'switch-school-years',
    description: 'Moves the school to next year: writes the imports prepared for it',
    pattern: { source: [importsSource], 'detail-type': [schoolYearSwitchRequested.detailType] },
    target: {
      handler: 'imports/switch-school-year',
      needs: { table: 'readWrite', documents: 'read' },
      timeoutSeconds: 900,
    },
  },
  {
    name: 'regenerate-shared-plannings',
    description: 'Writes again the calendar feeds and mini-sites that a planning change concerns',
    pattern: {
      source: [planningSource],
      'detail-type': [activityScheduled, activityMoved, activityCancelled, projectUpdated].map(
        (contract) => contract.detailType,
      ),
    },
    // A change of a class's course regenerates the feed of each of its students who made one.
    target: {
      handler: 'sharing/regenerate-shared',
      // It writes the table too: a feed whose maker lost the right to take it is revoked there.
      needs: { table: 'readWrite', site: 'readWrite' },
      timeoutSeconds: 300,
    },
  },
];
