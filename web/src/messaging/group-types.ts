import type { NewAttachment, UploadForm } from '#domain/messaging/attachments';
import type { PersonRef } from '#domain/messaging/group-view';
import type {
  GroupTopic,
  MemberRole,
  Membership,
  WorkGroup,
  WorkGroupKind,
} from '#domain/messaging/work-group';

/** What the work-group routes answer: the domain's own types, so that the page and the API cannot drift apart. */
export type { MemberRole, Membership, NewAttachment, PersonRef, UploadForm, WorkGroup, WorkGroupKind };

export interface GroupPage {
  group: WorkGroup;
  role: MemberRole;
  members: (PersonRef & { role: MemberRole })[];
  unnamedMembers: number;
  documents: SharedDocument[];
  topics: (Omit<GroupTopic, 'startedBy'> & { startedBy: PersonRef | null })[];
}

export interface SharedDocument {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadedBy: PersonRef | null;
  sharedAt?: string;
}

export interface Candidate extends PersonRef {
  pupil: boolean;
}

export interface TopicPosts {
  topic: GroupTopic;
  posts: { postId: string; text: string; at: string; author: PersonRef | null }[];
}

export interface NewGroup {
  name: string;
  description: string;
  kind: WorkGroupKind;
  memberIds: string[];
}
