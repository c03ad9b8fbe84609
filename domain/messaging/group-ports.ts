import type { Actor } from '#domain/identity/actor';
import type { PersonVisibility } from '#domain/identity/person-visibility';
import type { SearchDirectory } from '#domain/people/search-people';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { SiteFiles } from '#domain/sharing/sharing-ports';
import type { OutgoingEvent } from '#events/envelope';
import type { UploadedFile, UploadForm } from './attachments';
import type {
  GroupDocument,
  GroupMember,
  GroupPost,
  GroupSpace,
  GroupTopic,
  Membership,
  WorkGroup,
} from './work-group';

export interface WorkGroupStore {
  /** The group, its members, documents and topics: one partition, read at once. */
  space(groupId: string): Promise<GroupSpace | undefined>;
  /** The groups a person is a member of. */
  groupsOf(personId: string): Promise<Membership[]>;
  create(group: WorkGroup, members: readonly GroupMember[]): Promise<void>;
  /**
   * Adds people who are not members yet, and counts them on the group, only while the count stays within
   * `maxGroupMembers` (`GroupFullError` otherwise): all of them or none.
   */
  addMembers(group: WorkGroup, members: readonly GroupMember[]): Promise<void>;
  removeMember(group: WorkGroup, personId: string): Promise<void>;
  putDocument(groupId: string, document: GroupDocument): Promise<void>;
  /** Turns a pending document shared, with the events announcing it; once only. */
  shareDocument(groupId: string, document: GroupDocument, events: readonly OutgoingEvent[]): Promise<void>;
  removeDocument(groupId: string, documentId: string): Promise<void>;
  addTopic(groupId: string, topic: GroupTopic, firstPost: GroupPost): Promise<void>;
  /** A post, and its topic's newest activity. */
  addPost(groupId: string, topic: GroupTopic, post: GroupPost): Promise<void>;
  /** A topic's posts, oldest first. */
  posts(topicId: string): Promise<GroupPost[]>;
  /** Whether a public page is allowed, and the page once published; nothing else of the group changes. */
  setMiniSite(groupId: string, miniSite: WorkGroup['miniSite']): Promise<void>;
}

/** Where a group's files live: signed upload forms and download links of the documents bucket. */
export interface GroupFiles {
  uploadForm(groupId: string, document: GroupDocument): Promise<UploadForm>;
  uploaded(groupId: string, documentId: string): Promise<UploadedFile | undefined>;
  /** Copies a checked upload from its pending place (emptied after a day by the bucket) to the group's folder. */
  keep(groupId: string, documentId: string): Promise<void>;
  downloadUrl(groupId: string, document: GroupDocument): Promise<string>;
  remove(groupId: string, documentId: string): Promise<void>;
}

export interface WorkGroupPorts {
  groups: WorkGroupStore;
  files: GroupFiles;
  directory: Pick<SearchDirectory, 'people' | 'classesTaughtBy' | 'byNameWord'>;
  /** Whom a reader may see among the people of one answer (`person-visibility.ts`). */
  visibility(actor: Actor, personIds: Iterable<string>): Promise<PersonVisibility>;
  /** The site bucket's mini-sites, as the sharing module writes them. */
  site: Pick<SiteFiles, 'putMiniSite' | 'removeMiniSite'>;
  clock: Clock;
  newId: IdGenerator;
  /** 128 random bits, base64url: a mini-site's address. */
  newToken: () => string;
  school: { schoolId: string; name: string; timeZone: string; locale: string };
}
