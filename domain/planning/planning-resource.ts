import * as z from 'zod/mini';

/**
 * Who or what has a planning. Places, people, classes and equipment cannot be in two activities at once;
 * a project's planning is a view of its activities and holds nothing.
 */
export const resourceKinds = ['place', 'person', 'class', 'equipment', 'project'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceKindSchema = z.enum(resourceKinds, `must be one of ${resourceKinds.join(', ')}`);

export interface PlanningResource {
  kind: ResourceKind;
  id: string;
}

export const isExclusive = (kind: ResourceKind) => kind !== 'project';
