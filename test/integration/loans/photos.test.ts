import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueFrame, encodeJpeg, jpegSizeOf } from '#domain/loans/photo-image';
import { maxPhotosPerItem } from '#domain/loans/photos';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/** A photo as a phone would take it, only smaller: 800 × 600, a gradient. */
const phonePhoto = () => {
  const width = 800;
  const height = 600;
  const data = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    data[index * 4] = (index % width) % 256;
    data[index * 4 + 1] = Math.floor(index / width) % 256;
    data[index * 4 + 2] = 120;
    data[index * 4 + 3] = 255;
  }
  return encodeJpeg({ width, height, data });
};

/** Uploads a file with the form the API signed, as the portal does. */
const upload = async (
  form: { url: string; fields: Record<string, string> },
  content: Uint8Array | string,
  type: string,
) => {
  const body = new FormData();
  for (const [field, value] of Object.entries(form.fields)) body.append(field, value);
  body.append(
    'file',
    new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }),
    'photo',
  );
  const response = await fetch(form.url, { method: 'POST', body });
  expect(response.status).toBeLessThan(300);
};

/**
 * An item's photos against DynamoDB Local and s3rver, through the handlers: staff upload a photo with a signed
 * form, the API checks its first bytes before the item gets it (a new version, « photo ajoutée »), six at most even
 * when eight come at once, and the family's public catalogue shows the first one, in its frame, from the site.
 */
describe('the photos of an item, from the phone to the public catalogue', () => {
  let school: SchoolUnderTest;
  let staff: Request;
  let teacher: Request;
  let cello: { itemId: string };
  let photoId: string;
  const photo = phonePhoto();

  const newItem = async (serialNumber: string) =>
    (
      await staff('POST', '/api/loans/items', {
        family: 'strings',
        kind: 'Violoncelle 4/4',
        maker: 'Gliga',
        serialNumber,
        accessories: ['housse'],
      })
    ).body as { itemId: string };
  const declare = (itemId: string, contentType: string, size: number) =>
    staff('POST', `/api/loans/items/${itemId}/photo-uploads`, { contentType, size });
  const catalogue = async () => (await fetch(`${school.url}/s/instruments/cordes/`)).text();

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'vie-scolaire.demo' });
    staff = school.request;
    teacher = await school.as('prof.demo');
    cello = await newItem('PH-0001');
  }, 300_000);
  afterAll(() => school?.stop());

  it('refuses another type or a size over 5 MB, naming the field', async () => {
    const gif = await declare(cello.itemId, 'image/gif', 1000);
    expect(gif.status).toBe(400);
    expect(gif.body.error.errors).toMatchObject([{ field: 'contentType' }]);
    const huge = await declare(cello.itemId, 'image/jpeg', 6 * 1024 * 1024);
    expect(huge.status).toBe(400);
    expect(huge.body.error.errors).toMatchObject([{ field: 'size', code: 'too_large' }]);
    expect(
      (
        await teacher('POST', `/api/loans/items/${cello.itemId}/photo-uploads`, {
          contentType: 'image/png',
          size: 10,
        })
      ).status,
    ).toBe(403);
    expect((await declare('no-such-item', 'image/png', 10)).status).toBe(404);
  });

  it('adds an uploaded JPEG to its item: a new version, « photo ajoutée » in its history', async () => {
    const declared = await declare(cello.itemId, 'image/jpeg', photo.length);
    expect(declared.status).toBe(201);
    photoId = declared.body.photoId;
    const early = await staff('POST', `/api/loans/items/${cello.itemId}/photos`, { photoId });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('upload_missing');

    await upload(declared.body.upload, photo, 'image/jpeg');
    const added = await staff('POST', `/api/loans/items/${cello.itemId}/photos`, { photoId });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ version: 2, photos: [{ photoId, contentType: 'image/jpeg' }] });
    const sheet = await teacher('GET', `/api/loans/items/${cello.itemId}`);
    expect(sheet.body.history.at(-1)).toMatchObject({
      version: 2,
      change: 'photo-added',
      fields: ['photos'],
    });

    const link = await teacher('GET', `/api/loans/items/${cello.itemId}/photos/${photoId}`);
    expect(link.status).toBe(200);
    const stored = new Uint8Array(await (await fetch(link.body.url)).arrayBuffer());
    expect(stored).toEqual(photo);
  });

  it('refuses a file whose bytes are no photo, whatever its type says, and deletes it', async () => {
    const declared = await declare(cello.itemId, 'image/png', 100);
    const forged = {
      ...declared.body.upload,
      fields: { ...declared.body.upload.fields, 'Content-Type': 'text/html' },
    };
    await upload(forged, '<script>alert(1)</script>', 'text/html');
    const refused = await staff('POST', `/api/loans/items/${cello.itemId}/photos`, {
      photoId: declared.body.photoId,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.errors).toMatchObject([{ field: 'file', code: 'photo_not_an_image' }]);
    const again = await staff('POST', `/api/loans/items/${cello.itemId}/photos`, {
      photoId: declared.body.photoId,
    });
    expect(again.body.error.code).toBe('upload_missing');
    expect((await teacher('GET', `/api/loans/items/${cello.itemId}`)).body.item.photos).toHaveLength(1);
  });

  it('keeps six photos at most when eight are added at once: exactly six, no version lost', async () => {
    const item = await newItem('PH-0008');
    const photoIds: string[] = [];
    for (let index = 0; index < 8; index++) {
      const declared = await declare(item.itemId, 'image/jpeg', photo.length);
      await upload(declared.body.upload, photo, 'image/jpeg');
      photoIds.push(declared.body.photoId);
    }
    const answers = await Promise.all(
      photoIds.map((id) => staff('POST', `/api/loans/items/${item.itemId}/photos`, { photoId: id })),
    );
    expect(answers.filter(({ status }) => status === 201)).toHaveLength(maxPhotosPerItem);
    const refused = answers.filter(({ status }) => status !== 201);
    expect(refused.map(({ status, body }) => [status, body.error.code])).toEqual([
      [409, 'too_many_photos'],
      [409, 'too_many_photos'],
    ]);
    const sheet = await staff('GET', `/api/loans/items/${item.itemId}`);
    expect(sheet.body.item.photos).toHaveLength(maxPhotosPerItem);
    expect(sheet.body.item.version).toBe(1 + maxPhotosPerItem);
    expect(sheet.body.history.map(({ version }: { version: number }) => version)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect((await declare(item.itemId, 'image/jpeg', 10)).body.error.code).toBe('too_many_photos');
  });

  it('shows the first photo in the public catalogue, in its frame, served by the site; not once removed', async () => {
    await school.eventsDelivered();
    const page = await catalogue();
    const name = `${cello.itemId}-${photoId}.jpg`;
    expect(page).toContain(
      `<img class="catalogue__photo" src="photos/${name}" width="480" height="360" alt="Violoncelle 4/4" loading="lazy">`,
    );
    const served = await fetch(`${school.url}/s/instruments/cordes/photos/${name}`);
    expect(served.status).toBe(200);
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(jpegSizeOf(bytes)).toEqual(catalogueFrame);
    expect(bytes.length).toBeLessThan(100_000);
    expect(page).not.toMatch(/vie-scolaire|Demo/i);

    const removed = await staff('DELETE', `/api/loans/items/${cello.itemId}/photos/${photoId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.photos).toEqual([]);
    expect((await staff('GET', `/api/loans/items/${cello.itemId}`)).body.history.at(-1).change).toBe(
      'photo-removed',
    );
    expect((await teacher('GET', `/api/loans/items/${cello.itemId}/photos/${photoId}`)).status).toBe(404);
    await school.eventsDelivered();
    expect(await catalogue()).not.toContain(name);
    // The site answers as S3 behind CloudFront does: what is not there is forbidden.
    expect([403, 404]).toContain((await fetch(`${school.url}/s/instruments/cordes/photos/${name}`)).status);
  });
});
