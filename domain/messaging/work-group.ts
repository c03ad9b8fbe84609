import * as z from 'zod/mini';
import { idListSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import type { Attachment } from './attachments';
import { type WorkGroupKind, workGroupKinds } from './work-group-kinds';

/**
 * A work group: a teachers' team, a project group, a class council. Its members see it, its documents and its
 * discussion; its managers (its creator and those they name) add and remove members and allow a public page.
 */
export { type WorkGroupKind, workGroupKinds };

/** The most members a group holds: a teachers' team of a large collège, with room to spare; held by the table. */
export const maxGroupMembers = 250;

/** People added in one request: one transaction holds them and the group's count. */
export const maxMembersAdded = 50;

export interface WorkGroup {
  id: string;
  name: string;
  description: string;
  kind: WorkGroupKind;
  createdBy: string;
  /** Counted in the group's item, so that a conditional write holds the cap. */
  memberCount: number;
  /** Whether a manager allowed a public page, and the page once published. */
  miniSite: { allowed: boolean; token?: string; url?: string };
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type MemberRole = 'manager' | 'member';

export interface GroupMember {
  personId: string;
  role: MemberRole;
  addedBy: string;
  addedAt: string;
}

export interface GroupDocument extends Attachment {
  /** `pending` from the upload form to the check of what arrived; only `shared` documents are listed. */
  state: 'pending' | 'shared';
  uploadedBy: string;
  createdAt: string;
  sharedAt?: string;
}

export interface GroupTopic {
  topicId: string;
  title: string;
  startedBy: string;
  createdAt: string;
  lastActivityAt: string;
  postCount: number;
}

export interface GroupPost {
  postId: string;
  topicId: string;
  authorId: string;
  /** Plain text: the portal shows links as links, never HTML. */
  text: string;
  at: string;
}

/** A group and what lives in it, read together. */
export interface GroupSpace {
  group: WorkGroup;
  members: GroupMember[];
  documents: GroupDocument[];
  topics: GroupTopic[];
}

/** A group as the list of one's groups shows it. */
export interface Membership {
  groupId: string;
  name: string;
  kind: WorkGroupKind;
  role: MemberRole;
}

const memberIdsSchema = idListSchema('people', maxMembersAdded);

export const newWorkGroupSchema = z.strictObject({
  name: text(120),
  description: z._default(
    z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters')),
    '',
  ),
  kind: z.enum(workGroupKinds, 'must be teaching-team, project, class-council or other'),
  memberIds: z._default(memberIdsSchema, []),
  /** Managers besides the creator: a few colleagues. */
  managerIds: z._default(idListSchema('managers', 10), []),
});
export type NewWorkGroup = z.output<typeof newWorkGroupSchema>;

export const addMembersSchema = z.strictObject({
  personIds: memberIdsSchema.check(z.minLength(1, 'must list at least one person')),
  role: z._default(z.enum(['manager', 'member'], 'must be manager or member'), 'member'),
});
export type AddMembers = z.output<typeof addMembersSchema>;

export const newTopicSchema = z.strictObject({ title: text(160), text: text(5000) });
export const newPostSchema = z.strictObject({ text: text(5000) });

export const miniSiteChoiceSchema = z.strictObject({
  allowed: z.boolean('must be true or false'),
});

export const candidatesQuerySchema = z.strictObject({
  name: z.string().check(z.trim(), z.maxLength(80, 'must be at most 80 characters')),
});
