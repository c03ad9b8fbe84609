import * as z from 'zod/mini';
import { text } from '#domain/shared/text-input';

/**
 * Files people share in school life (a work group's documents, a message's attachments): what may be uploaded.
 * The browser uploads straight to the school's documents bucket with a signed form whose policy repeats these
 * limits, so S3 refuses a larger file or another type too; the API then checks what arrived before sharing it.
 */

/** Media types people share at school: PDF, images, office documents (Microsoft and OpenDocument), audio. */
export const allowedAttachmentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'text/plain',
  'audio/mpeg',
  'audio/mp4',
  'audio/ogg',
  'audio/wav',
  'audio/webm',
] as const;

export type AttachmentType = (typeof allowedAttachmentTypes)[number];

/** 20 MB: a scanned form, a recording of a rehearsal; larger media are shared by a link. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** What the browser declares before it uploads a file: its name, type and size. */
export const attachmentSchema = z.strictObject({
  name: text(160).check(z.regex(/^[^/\\\\"]+$/, 'must be a file name, without folders or quotes')),
  contentType: z.enum(allowedAttachmentTypes, 'must be a PDF, an image, an office document or audio'),
  size: z
    .int('must be a whole number')
    .check(
      z.gte(1, 'must not be empty'),
      z.lte(maxAttachmentBytes, 'must be at most 20 MB: share larger media by a link'),
    ),
});

export type NewAttachment = z.output<typeof attachmentSchema>;

/** A file as stored: declared, then checked once it arrived. */
export interface Attachment extends NewAttachment {
  /** Its id, the last part of its key in the bucket. */
  id: string;
}

/** How a browser uploads one file: a form POSTed to `url` with `fields`, then the file as the field `file`. */
export interface UploadForm {
  url: string;
  fields: Record<string, string>;
  /** When the form stops being accepted (ISO 8601). */
  expiresAt: string;
}

/** What the bucket holds at an attachment's key: its size and type, or nothing yet. */
export interface UploadedFile {
  size: number;
  contentType: string;
  /** Its first bytes, which say what it truly is (`looksLike` of `message-attachments.ts`). */
  head: Uint8Array;
}
