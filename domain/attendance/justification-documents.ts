import * as z from 'zod/mini';
import { attachmentSchema, type UploadForm } from '#domain/messaging/attachments';
import { type ArrivedFile, arrivedAsDeclared } from '#domain/messaging/message-attachments';
import { ConflictError, ValidationError } from '#domain/shared/errors';

/**
 * The document joined to a reason for an absence (a doctor's note, a summons): one file, a PDF or a photo, 10 MB
 * at most. The declarer asks for a signed form and uploads it to a pending place of their own in the documents
 * bucket; the declaration names the upload by id and is stored only once the upload is theirs, has arrived and its
 * first bytes are of its type. It then lies under the justification, and only its declarer and the staff who
 * decide download it, through a short signed link.
 */

export const justificationDocumentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type JustificationDocumentType = (typeof justificationDocumentTypes)[number];
export const maxJustificationDocumentBytes = 10 * 1024 * 1024;

export const justificationUploadSchema = z.strictObject({
  name: attachmentSchema.shape.name,
  contentType: z.enum(justificationDocumentTypes, 'must be a PDF, a JPEG or a PNG'),
  size: z
    .int('must be a whole number')
    .check(z.gte(1, 'must not be empty'), z.lte(maxJustificationDocumentBytes, 'must be at most 10 MB')),
});
export type JustificationUpload = z.output<typeof justificationUploadSchema>;

/** The document as the justification holds it. */
export interface JustificationDocument {
  id: string;
  name: string;
  contentType: JustificationDocumentType;
  size: number;
}

/** A declared upload, kept a day, in its declarer's partition: nobody else's id finds it. */
export interface PendingDocument extends JustificationDocument {
  declaredAt: string;
}

export interface JustificationDocuments {
  declare(personId: string, upload: PendingDocument): Promise<void>;
  find(personId: string, uploadId: string): Promise<PendingDocument | undefined>;
  uploadForm(personId: string, document: JustificationDocument): Promise<UploadForm>;
  arrived(personId: string, uploadId: string): Promise<ArrivedFile | undefined>;
  /** Copies a checked upload under its declarer's justifications' folder (the pending file goes after a day). */
  keep(personId: string, uploadId: string): Promise<void>;
  discard(personId: string, uploadId: string): Promise<void>;
  downloadUrl(declarerId: string, document: JustificationDocument): Promise<string>;
}

/** The declarer asks for a form to upload their document: valid 15 minutes, for this one file. */
export const declareJustificationUpload = async (
  input: JustificationUpload,
  personId: string,
  ports: { documents: JustificationDocuments; clock: { now(): Date }; newId: () => string },
) => {
  const document: JustificationDocument = { id: ports.newId(), ...input };
  await ports.documents.declare(personId, { ...document, declaredAt: ports.clock.now().toISOString() });
  return { document, upload: await ports.documents.uploadForm(personId, document) };
};

/**
 * Checks the declarer's upload before the justification is stored: declared by them (else 400 `document_unknown`,
 * whether it is someone else's or nobody's), arrived (409 `upload_missing`), and as declared, its first bytes of
 * its type (400 `upload_mismatch`, the file deleted); then copies it under the justification's folder.
 */
export const takeJustificationDocument = async (
  uploadId: string,
  personId: string,
  documents: JustificationDocuments,
): Promise<JustificationDocument> => {
  const declared = await documents.find(personId, uploadId);
  if (!declared)
    throw new ValidationError(
      'documentId',
      'names no document of yours waiting to be joined',
      'document_unknown',
    );
  const { declaredAt: _at, ...document } = declared;
  const file = await documents.arrived(personId, uploadId);
  if (!file)
    throw new ConflictError('upload_missing', `The file ${document.name} has not arrived: upload it first`);
  if (!arrivedAsDeclared(document, file)) {
    await documents.discard(personId, uploadId);
    throw new ValidationError(
      'documentId',
      `${document.name} differs from what was declared (${document.contentType}, ${document.size} bytes): it was deleted`,
      'upload_mismatch',
    );
  }
  await documents.keep(personId, uploadId);
  return { ...document, size: file.size };
};
