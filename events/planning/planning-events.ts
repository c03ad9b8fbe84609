import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const planningSource = 'preau.planning';

const occurrenceSchema = z.strictObject({ date: z.string(), start: z.string(), end: z.string() });

/** Who an activity concerns: what calendar feeds, mini-sites and notifications follow. */
const concernedSchema = z.strictObject({
  personIds: z.array(z.string()),
  classIds: z.array(z.string()),
  placeIds: z.array(z.string()),
});

const activitySchema = z.strictObject({
  activityId: z.string(),
  projectId: z.string(),
  title: z.string(),
  version: z.int(),
  concerned: concernedSchema,
  /** True when the planner saved over a conflict. */
  conflictsAccepted: z.boolean(),
});

export const activityScheduled = defineEvent({
  source: planningSource,
  detailType: 'ActivityScheduled',
  version: '1',
  description: 'An activity was planned; data names it, its occurrences count and whom it concerns.',
  dataSchema: z.strictObject({ ...activitySchema.shape, occurrences: z.int() }),
});

export const activityMoved = defineEvent({
  source: planningSource,
  detailType: 'ActivityMoved',
  version: '1',
  description:
    'One occurrence of an activity, or the rest of its series, moved; the people concerned are to be told.',
  dataSchema: z.strictObject({
    ...activitySchema.shape,
    scope: z.enum(['one', 'following']),
    from: occurrenceSchema,
    to: occurrenceSchema,
  }),
});

export const activityCancelled = defineEvent({
  source: planningSource,
  detailType: 'ActivityCancelled',
  version: '1',
  description: 'One occurrence, the rest of a series, or a whole activity was cancelled; data says which.',
  dataSchema: z.strictObject({
    ...activitySchema.shape,
    scope: z.enum(['one', 'following', 'all']),
    seriesDate: z.optional(z.string()),
    reason: z.optional(z.string()),
  }),
});

const projectSchema = z.strictObject({
  projectId: z.string(),
  kind: z.string(),
  name: z.string(),
  status: z.string(),
  version: z.int(),
  memberIds: z.array(z.string()),
  classIds: z.array(z.string()),
});

export const projectCreated = defineEvent({
  source: planningSource,
  detailType: 'ProjectCreated',
  version: '1',
  description: 'A project (course, exam, production, internal or external project) was created.',
  dataSchema: projectSchema,
});

export const projectUpdated = defineEvent({
  source: planningSource,
  detailType: 'ProjectUpdated',
  version: '1',
  description: 'A project changed: its sheet, status, members or classes; data is the project after.',
  dataSchema: projectSchema,
});
