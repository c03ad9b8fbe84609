import pngjs from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderCatalogue } from '#domain/loans/catalogue';
import type { Item } from '#domain/loans/item';
import { catalogueFrame, catalogueJpeg, encodeJpeg, jpegSizeOf } from '#domain/loans/photo-image';
import { photoTypeOf } from '#domain/loans/photos';
import { demoItems } from '#infra/local/seed/loans/demo-loans';
import { drawingOf, paintDemoPhoto } from '#infra/local/seed/loans/demo-photos';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('a photo, told by its first bytes', () => {
  it('is a JPEG or a PNG by its magic number, whatever it is called', () => {
    expect(photoTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(photoTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(photoTypeOf(new TextEncoder().encode('<html><script>'))).toBeUndefined();
    expect(photoTypeOf(new TextEncoder().encode('GIF89a'))).toBeUndefined();
    expect(photoTypeOf(bytes(0x89, 0x50, 0x4e, 0x47))).toBeUndefined();
    expect(photoTypeOf(bytes())).toBeUndefined();
  });
});

describe('the catalogues’ frame', () => {
  it('draws a PNG or a large JPEG whole into 480 × 360, and keeps a JPEG already so', () => {
    const tall = { width: 300, height: 900, data: new Uint8Array(300 * 900 * 4).fill(200) };
    const png = new Uint8Array(pngjs.PNG.sync.write({ ...tall, data: Buffer.from(tall.data) }));
    const framed = catalogueJpeg(png, 'image/png');
    expect(jpegSizeOf(framed)).toEqual(catalogueFrame);
    const large = encodeJpeg({ width: 640, height: 600, data: new Uint8Array(640 * 600 * 4).fill(90) });
    expect(jpegSizeOf(catalogueJpeg(large, 'image/jpeg'))).toEqual(catalogueFrame);
    const fitting = catalogueJpeg(large, 'image/jpeg');
    expect(catalogueJpeg(fitting, 'image/jpeg')).toBe(fitting);
  });
});

describe('the demo’s photos, drawn for it', () => {
  const kinds = [
    ...new Set(
      demoItems('2027-06-30', '2026-12-07T10:00:00.000Z').map((item) => `${item.family}|${item.kind}`),
    ),
  ];

  it('are the same bytes each time, small, in the frame, one drawing of its own for each instrument', () => {
    const drawn = (family: Item['family'], kind: string) =>
      encodeJpeg(paintDemoPhoto(drawingOf(kind), family));
    const first = drawn('strings', 'Violoncelle 4/4');
    expect(drawn('strings', 'Violoncelle 4/4')).toEqual(first);
    expect(jpegSizeOf(first)).toEqual(catalogueFrame);
    expect(first.length).toBeLessThan(30 * 1024);
    expect(photoTypeOf(first)).toBe('image/jpeg');
    const specs = (kind: string) => drawingOf(kind).map(([shape, part]) => `${shape.spec} ${part}`);
    const note = specs('Ocarina');
    for (const key of kinds) {
      const [family, kind] = key.split('|') as [Item['family'], string];
      if (family === 'equipment') continue;
      expect(specs(kind), kind).not.toEqual(note);
    }
  });
});

describe('a catalogue’s photos', () => {
  const cello: Item = {
    itemId: 'inst-violoncelle-1',
    family: 'strings',
    kind: 'Violoncelle 4/4',
    maker: 'Gliga',
    condition: 'good',
    accessories: ['housse'],
    photos: [{ photoId: 'p1', contentType: 'image/jpeg' }],
    status: 'on-loan',
    onLoanUntil: '2027-06-30',
    version: 3,
    updatedAt: '2026-12-07T10:00:00.000Z',
    updatedBy: 'person-who-lent-it',
  };
  const context = { school: { name: 'Conservatoire Demo' }, updated: '7 décembre 2026' };

  it('shows the first photo with its size, the kind as its text, lazily; never who changed or borrows it', () => {
    const page = renderCatalogue('strings', [cello], context, new Set(['inst-violoncelle-1-p1.jpg']));
    expect(page).toContain(
      '<img class="catalogue__photo" src="photos/inst-violoncelle-1-p1.jpg" width="480" height="360" alt="Violoncelle 4/4" loading="lazy">',
    );
    expect(page).not.toContain('person-who-lent-it');
  });

  it('shows none while the photo is not in the site', () => {
    expect(renderCatalogue('strings', [cello], context, new Set())).not.toContain('<img');
  });
});
