/**
 * Who or what has a planning. Places, people, classes and equipment cannot be in two activities at once;
 * a project's planning is a view of its activities and holds nothing.
 */
export const resourceKinds = ['place', 'person', 'class', 'equipment', 'project'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface PlanningResource {
  kind: ResourceKind;
  id: string;
}

export const isExclusive = (kind: ResourceKind) => kind !== 'project';
