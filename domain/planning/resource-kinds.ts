/**
 * Who or what has a planning. Places, people, classes and equipment cannot be in two activities at once;
 * a project's planning is a view of its activities and holds nothing. Apart from `planning-resource.ts` and its
 * schema, so that the portal's router reads the kinds without loading the schema library on its first page.
 */
export const resourceKinds = ['place', 'person', 'class', 'equipment', 'project'] as const;
export type ResourceKind = (typeof resourceKinds)[number];
