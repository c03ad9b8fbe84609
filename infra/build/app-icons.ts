import { deflateSync } from 'node:zlib';
import { designTokensCss } from '#domain/shared/design-tokens';

/**
 * The portal's icons for a phone's home screen, drawn from the design tokens: the house of the favicon (a roof and
 * walls, in the on-brand colour) on the brand colour. PNG for every browser, SVG where it is read; `maskable`
 * fills the square and keeps the house in the middle 60 %, where every launcher's mask leaves it whole.
 */

/** A colour of the light theme, as the design tokens give it. */
export const tokenColour = (name: string) => {
  const match = designTokensCss.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i'));
  if (!match?.[1]) throw new Error(`No colour --${name} in the design tokens`);
  return match[1];
};

/** The favicon's strokes, on its 32-unit grid: the roof, then the walls. */
const strokes = [
  [
    [6, 15],
    [16, 7],
    [26, 15],
  ],
  [
    [9, 14],
    [9, 25],
    [23, 25],
    [23, 14],
  ],
] as const;
const strokeWidth = 2.5;
const cornerRadius = 7;

export const appIconSvg = () => {
  const path = strokes.map((line) => `M${line.map(([x, y]) => `${x} ${y}`).join(' ')}`).join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
    `<rect width="32" height="32" rx="${cornerRadius}" fill="${tokenColour('brand')}"/>`,
    `<path d="${path}" fill="none" stroke="${tokenColour('on-brand')}" stroke-width="${strokeWidth}" stroke-linejoin="round" stroke-linecap="round"/>`,
    '</svg>\n',
  ].join('');
};

const distanceToSegment = (
  px: number,
  py: number,
  [ax, ay]: readonly number[],
  [bx, by]: readonly number[],
) => {
  const [dx, dy] = [(bx ?? 0) - (ax ?? 0), (by ?? 0) - (ay ?? 0)];
  const along = Math.max(
    0,
    Math.min(1, ((px - (ax ?? 0)) * dx + (py - (ay ?? 0)) * dy) / (dx * dx + dy * dy)),
  );
  return Math.hypot(px - (ax ?? 0) - along * dx, py - (ay ?? 0) - along * dy);
};

const onStroke = (x: number, y: number) =>
  strokes.some((line) =>
    line.slice(1).some((end, index) => distanceToSegment(x, y, line[index] ?? end, end) <= strokeWidth / 2),
  );

const insideRoundedSquare = (x: number, y: number) => {
  const cx = Math.min(Math.max(x, cornerRadius), 32 - cornerRadius);
  const cy = Math.min(Math.max(y, cornerRadius), 32 - cornerRadius);
  return Math.hypot(x - cx, y - cy) <= cornerRadius;
};

const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));

/** The icon as RGBA pixels, each the mean of 4 × 4 samples so that its edges are smooth. */
export const appIconPixels = (size: number, { maskable = false } = {}) => {
  const [brand, onBrand] = [rgb(tokenColour('brand')), rgb(tokenColour('on-brand'))];
  // A maskable icon shows the 32-unit house in its middle 60 %, on a background that fills the square.
  const scale = maskable ? 32 / 0.6 : 32;
  const offset = maskable ? (scale - 32) / 2 : 0;
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let [red, green, blue, coverage] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((column + (sx + 0.5) / samples) / size) * scale - offset;
          const y = ((row + (sy + 0.5) / samples) / size) * scale - offset;
          if (!maskable && !insideRoundedSquare(x, y)) continue;
          const [r = 0, g = 0, b = 0] = onStroke(x, y) ? onBrand : brand;
          [red, green, blue, coverage] = [red + r, green + g, blue + b, coverage + 1];
        }
      }
      const at = (row * size + column) * 4;
      if (coverage > 0)
        pixels.set(
          [red, green, blue].map((sum) => Math.round(sum / coverage)),
          at,
        );
      pixels[at + 3] = Math.round((coverage / (samples * samples)) * 255);
    }
  }
  return pixels;
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Buffer) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
};

/** A PNG file of RGBA pixels, 8 bits a channel, no filter: enough for an icon, with no image library. */
export const encodePng = (width: number, height: number, rgba: Buffer) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let row = 0; row < height; row += 1) {
    rgba.copy(rows, row * (width * 4 + 1) + 1, row * width * 4, (row + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** The icon files of the build, by path under the web app's folder. */
export const appIconFiles = (): Record<string, Buffer> => ({
  'icons/icon.svg': Buffer.from(appIconSvg()),
  'icons/icon-192.png': encodePng(192, 192, appIconPixels(192)),
  'icons/icon-512.png': encodePng(512, 512, appIconPixels(512)),
  'icons/icon-maskable-512.png': encodePng(512, 512, appIconPixels(512, { maskable: true })),
});

/**
 * The web app manifest: the portal opens from a phone's home screen in a window of its own, at the home page,
 * in the brand colour. One build serves every school, so the name is Préau's.
 */
export const webAppManifest = () => ({
  name: 'Préau',
  short_name: 'Préau',
  description: 'Le portail de l’école : planning, lieux, réservations, demandes.',
  lang: 'fr',
  dir: 'ltr',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: tokenColour('brand'),
  background_color: tokenColour('bg'),
  icons: [
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
});
