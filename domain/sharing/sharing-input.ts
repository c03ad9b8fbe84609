import * as z from 'zod/mini';
import { resourceKinds } from '#domain/planning/planning-resource';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

const selectionSchema = z.strictObject({
  kind: z.enum(resourceKinds, `must be one of ${resourceKinds.join(', ')}`),
  id: idSchema,
});

/** A feed shows a planning, or an instrument family's availability (its id the family: `strings`). */
const feedKinds = [...resourceKinds, 'instrument-family'] as const;

export const newFeedSchema = z.strictObject({
  selection: z.strictObject({
    kind: z.enum(feedKinds, `must be one of ${feedKinds.join(', ')}`),
    id: idSchema,
  }),
  name: z.optional(text(120)),
});

export type NewFeed = z.output<typeof newFeedSchema>;

/** `all=true` lists every active feed of the school (planners); without it, one's own. */
export const feedListQuerySchema = z.strictObject({
  all: z.optional(z.enum(['true'], 'must be true when given')),
});

const tabSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('project-sheet'),
    projectId: idSchema,
    title: z.optional(text(60)),
    showMembers: z._default(z.boolean('must be true or false'), false),
  }),
  z.strictObject({
    kind: z.literal('planning'),
    resource: selectionSchema,
    title: z.optional(text(60)),
    weeks: z._default(z.int().check(z.gte(1, 'must be 1 to 8'), z.lte(8, 'must be 1 to 8')), 2),
  }),
  z.strictObject({
    kind: z.literal('daily-bulletin'),
    title: z.optional(text(60)),
    site: z.optional(text(120)),
  }),
]);

export const newMiniSiteSchema = z.strictObject({
  name: text(120),
  locale: z._default(z.enum(['fr', 'en'], 'must be fr or en'), 'fr'),
  tabs: z
    .array(tabSchema)
    .check(z.minLength(1, 'must hold at least one tab'), z.maxLength(8, 'must hold at most 8 tabs')),
});

export type NewMiniSite = z.output<typeof newMiniSiteSchema>;
