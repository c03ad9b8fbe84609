import type { Actor } from '#domain/identity/actor';
import { ConflictError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { newEvent, type OutgoingEvent } from '#events/envelope';
import { groupDocumentShared, maxRecipientsPerEvent } from '#events/messaging/group-events';
import type { NewAttachment } from './attachments';
import type { WorkGroupPorts } from './group-ports';
import { roleIn } from './group-rules';
import { looksLike } from './message-attachments';
import type { GroupDocument, GroupSpace } from './work-group';
import { requireMemberSpace } from './work-groups';

/**
 * A group's documents. A member declares a file (name, type, size within the limits of `attachments.ts`) and gets a
 * signed form to upload it straight to a pending place of the documents bucket (emptied after a day); once uploaded,
 * they share it: the API checks what arrived (a larger file, another type, or bytes that are not of the type
 * declared are deleted and refused), copies it to the group's folder and tells the other members.
 */
export const declareGroupDocument = async (
  groupId: string,
  input: NewAttachment,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  await requireMemberSpace(groupId, actor, ports);
  const document: GroupDocument = {
    id: ports.newId(),
    ...input,
    state: 'pending',
    uploadedBy: actor.personId,
    createdAt: ports.clock.now().toISOString(),
  };
  await ports.groups.putDocument(groupId, document);
  return { document, upload: await ports.files.uploadForm(groupId, document) };
};

const requireDocument = (space: GroupSpace, documentId: string) => {
  const document = space.documents.find((candidate) => candidate.id === documentId);
  if (!document) throw new NotFoundError('document', documentId);
  return document;
};

/** The events telling the other members, at most 100 ids each. */
export const sharedEvents = (
  space: GroupSpace,
  document: GroupDocument,
  context: { schoolId: string; newId: () => string; occurredAt: string },
): OutgoingEvent[] => {
  const others = space.members.map(({ personId }) => personId).filter((id) => id !== document.uploadedBy);
  const chunks: string[][] = [];
  for (let start = 0; start < others.length; start += maxRecipientsPerEvent)
    chunks.push(others.slice(start, start + maxRecipientsPerEvent));
  return chunks.map((memberIds) =>
    newEvent(
      groupDocumentShared,
      {
        groupId: space.group.id,
        groupName: space.group.name,
        documentId: document.id,
        name: document.name,
        sharedBy: document.uploadedBy,
        memberIds,
      },
      context,
    ),
  );
};

/** Its uploader shares a document once its file is in the bucket, as declared. A second call changes nothing. */
export const shareGroupDocument = async (
  groupId: string,
  documentId: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  const document = requireDocument(space, documentId);
  if (document.uploadedBy !== actor.personId) throw new NotFoundError('document', documentId);
  if (document.state === 'shared') return document;
  // 1. What arrived must be what was declared: S3 holds the form's policy; s3rver, and a form replayed, do not.
  const uploaded = await ports.files.uploaded(groupId, documentId);
  if (!uploaded)
    throw new ConflictError('upload_missing', 'The file has not arrived: upload it with the form first');
  if (
    uploaded.size > document.size ||
    uploaded.contentType !== document.contentType ||
    !looksLike(document.contentType, uploaded.head)
  ) {
    await ports.files.remove(groupId, documentId);
    await ports.groups.removeDocument(groupId, documentId);
    throw new ValidationError(
      'file',
      `differs from what was declared (${document.contentType}, ${document.size} bytes): it was deleted`,
      'upload_mismatch',
    );
  }
  // 2. Copied out of the pending place, then shared and the members told, together.
  await ports.files.keep(groupId, documentId);
  const now = ports.clock.now().toISOString();
  const shared: GroupDocument = { ...document, size: uploaded.size, state: 'shared', sharedAt: now };
  const events = sharedEvents(space, shared, {
    schoolId: ports.school.schoolId,
    newId: ports.newId,
    occurredAt: now,
  });
  await ports.groups.shareDocument(groupId, shared, events);
  return shared;
};

/** A short download link to a shared document, for the group's members. */
export const groupDocumentLink = async (
  groupId: string,
  documentId: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  const document = requireDocument(space, documentId);
  if (document.state !== 'shared') throw new NotFoundError('document', documentId);
  return { document, url: await ports.files.downloadUrl(groupId, document) };
};

/** Its uploader or a manager removes a document, and its file. */
export const removeGroupDocument = async (
  groupId: string,
  documentId: string,
  actor: Actor,
  ports: WorkGroupPorts,
) => {
  const space = await requireMemberSpace(groupId, actor, ports);
  const document = requireDocument(space, documentId);
  if (document.uploadedBy !== actor.personId && roleIn(space, actor.personId) !== 'manager')
    throw new NotFoundError('document', documentId);
  await ports.groups.removeDocument(groupId, documentId);
  await ports.files.remove(groupId, documentId);
};
