import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import type { UploadForm } from '#domain/messaging/attachments';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { itemChangedEvent } from './inventory';
import type { Item, ItemChange, ItemPhoto } from './item';
import type { LoansPorts } from './loans-ports';

// L4 photos: an item's pictures, in the documents bucket; its first one goes to the public catalogue.

export const photoTypes = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof photoTypes)[number];
/** A phone's photo, not a scan of a poster: 5 MB at most. */
export const maxPhotoBytes = 5 * 1024 * 1024;
/** A few views of an instrument (front, back, its case, a flaw): six at most, held by the item's write. */
export const maxPhotosPerItem = 6;

/** What staff declare before uploading a photo: its type and size; the signed form holds S3 to them. */
export const photoUploadSchema = z.strictObject({
  contentType: z.enum(photoTypes, 'must be a JPEG or a PNG photo'),
  size: z
    .int('must be a whole number')
    .check(z.gte(1, 'must not be empty'), z.lte(maxPhotoBytes, 'must be at most 5 MB')),
});
export type PhotoUpload = z.output<typeof photoUploadSchema>;

/** The photo an upload became, by the id its form was signed for. */
export const photoClaimSchema = z.strictObject({
  photoId: z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/, 'must be the id of your upload')),
});

/** What arrived at an upload's place: its size and type, its first bytes. */
export interface ArrivedPhoto {
  size: number;
  contentType: string;
  head: Uint8Array;
}

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, index) => head[index] === byte);

/** The first bytes of each type (its « magic number »): a page renamed `.png` is not a photo. */
export const photoTypeOf = (head: Uint8Array): PhotoType | undefined => {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return undefined;
};

/** The documents bucket's photos of items, pending (just uploaded) then kept under the item. */
export interface PhotoFiles {
  uploadForm(itemId: string, photoId: string, upload: PhotoUpload): Promise<UploadForm>;
  /** What was uploaded for this photo, not yet kept; nothing when nothing arrived. */
  arrived(itemId: string, photoId: string): Promise<ArrivedPhoto | undefined>;
  /** Copies a checked upload to its item's photos. */
  keep(itemId: string, photo: ItemPhoto): Promise<void>;
  remove(itemId: string, photoId: string): Promise<void>;
  downloadUrl(itemId: string, photo: ItemPhoto): Promise<string>;
  /** A kept photo's bytes, for the catalogue. */
  read(itemId: string, photoId: string): Promise<Uint8Array | undefined>;
}

export interface PhotoPorts extends LoansPorts {
  photos: PhotoFiles;
}

const school = { kind: 'school' } as const;

const itemOrNotFound = async (itemId: string, ports: LoansPorts) => {
  const item = await ports.inventory.item(itemId);
  if (!item) throw new NotFoundError('item', itemId);
  return item;
};

const tooMany = (itemId: string) =>
  new ConflictError(
    'too_many_photos',
    `Item ${itemId} has ${maxPhotosPerItem} photos already: remove one first`,
  );

/** Staff ask to upload a photo of an item: a form signed for one JPEG or PNG of the size said, 15 minutes. */
export const declarePhotoUpload = async (
  itemId: string,
  input: PhotoUpload,
  actor: Actor,
  ports: PhotoPorts,
) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const item = await itemOrNotFound(itemId, ports);
  if (item.photos.length >= maxPhotosPerItem) throw tooMany(itemId);
  const photoId = ports.newId();
  return { photoId, upload: await ports.photos.uploadForm(itemId, photoId, input) };
};

/** How often a photo's save is tried again when another change of the item got in first. */
const saveAttempts = 20;

/**
 * Saves a change of an item's photos on the version read, reading again when someone saved it meanwhile (each
 * photo of eight sent at once gets its turn); the count is checked on the version the write is conditioned on, so
 * no race passes the limit.
 */
const savePhotos = async (
  itemId: string,
  change: ItemChange['change'],
  photosOf: (item: Item) => ItemPhoto[] | undefined,
  actor: Actor,
  ports: LoansPorts,
) => {
  for (let attempt = 1; ; attempt++) {
    const previous = await itemOrNotFound(itemId, ports);
    const photos = photosOf(previous);
    if (!photos) return previous;
    const at = ports.clock.now().toISOString();
    const version = previous.version + 1;
    const item: Item = { ...previous, photos, version, updatedAt: at, updatedBy: actor.personId };
    const saved: ItemChange = { version, at, by: actor.personId, change, fields: ['photos'], item };
    try {
      await ports.inventory.save(saved, previous, [itemChangedEvent(saved, previous, ports)]);
      return item;
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= saveAttempts) throw error;
    }
  }
};

/**
 * Adds an uploaded photo to its item:
 * 1. the upload has arrived (409 `upload_missing`), is at most 5 MB and its first bytes are a JPEG's or a PNG's
 *    (400 `photo_not_an_image` on `file`, the upload deleted);
 * 2. it is copied under the item; 3. the item gets it, a new version with its line of history (« photo ajoutée »),
 *    unless it has six already (409 `too_many_photos`, the copy deleted).
 */
export const addPhoto = async (itemId: string, photoId: string, actor: Actor, ports: PhotoPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const current = await itemOrNotFound(itemId, ports);
  if (current.photos.some((photo) => photo.photoId === photoId)) return current;
  const arrived = await ports.photos.arrived(itemId, photoId);
  if (!arrived)
    throw new ConflictError('upload_missing', `The photo ${photoId} has not arrived: upload it first`);
  const type = photoTypeOf(arrived.head);
  if (!type || arrived.size > maxPhotoBytes) {
    await ports.photos.remove(itemId, photoId);
    throw new ValidationError(
      'file',
      'must be a JPEG or a PNG photo of at most 5 MB: it was deleted',
      'photo_not_an_image',
    );
  }
  const photo: ItemPhoto = { photoId, contentType: type };
  await ports.photos.keep(itemId, photo);
  try {
    return await savePhotos(
      itemId,
      'photo-added',
      (item) => {
        if (item.photos.some((kept) => kept.photoId === photoId)) return undefined;
        if (item.photos.length >= maxPhotosPerItem) throw tooMany(itemId);
        return [...item.photos, photo];
      },
      actor,
      ports,
    );
  } catch (error) {
    if (error instanceof ConflictError) await ports.photos.remove(itemId, photoId);
    throw error;
  }
};

/** Removes a photo of an item, and its file: a new version (« photo retirée »). */
export const removePhoto = async (itemId: string, photoId: string, actor: Actor, ports: PhotoPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const current = await itemOrNotFound(itemId, ports);
  if (!current.photos.some((photo) => photo.photoId === photoId)) throw new NotFoundError('photo', photoId);
  const item = await savePhotos(
    itemId,
    'photo-removed',
    (read) =>
      read.photos.some((photo) => photo.photoId === photoId)
        ? read.photos.filter((photo) => photo.photoId !== photoId)
        : undefined,
    actor,
    ports,
  );
  await ports.photos.remove(itemId, photoId);
  return item;
};

/** A short link to a photo of an item, for the portal's sheet: whoever reads the inventory. */
export const photoLink = async (itemId: string, photoId: string, actor: Actor, ports: PhotoPorts) => {
  await authorize(actor, 'loans:read', school, ports.relations);
  const item = await itemOrNotFound(itemId, ports);
  const photo = item.photos.find((kept) => kept.photoId === photoId);
  if (!photo) throw new NotFoundError('photo', photoId);
  return { photoId, contentType: photo.contentType, url: await ports.photos.downloadUrl(itemId, photo) };
};
