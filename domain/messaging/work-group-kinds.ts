/** The kinds of work groups: a teachers' team, a project group, a class council, any other. */
export const workGroupKinds = ['teaching-team', 'project', 'class-council', 'other'] as const;
export type WorkGroupKind = (typeof workGroupKinds)[number];
