import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ItemFamily } from '#domain/loans/item';
import { catalogueFrame, encodeJpeg } from '#domain/loans/photo-image';

/**
 * The demo's photos, drawn here for the demo (no picture downloaded, none anybody else made): a clean silhouette of
 * each kind of instrument, in its family's colour, on a soft background, as a 480 × 360 JPEG of some 15 KB. Shapes
 * are painted by their distance to the pixel (smooth edges without drawing each pixel twice); the same kind gives
 * the same bytes each run, and each kind is drawn once (a few milliseconds).
 */

type Rgb = readonly [number, number, number];

interface Palette {
  top: Rgb;
  bottom: Rgb;
  shape: Rgb;
  detail: Rgb;
}

const palettes: Record<ItemFamily, Palette> = {
  strings: { top: [250, 243, 232], bottom: [236, 222, 200], shape: [122, 72, 38], detail: [214, 176, 128] },
  winds: { top: [238, 245, 247], bottom: [214, 229, 234], shape: [38, 52, 64], detail: [190, 200, 208] },
  brass: { top: [251, 247, 234], bottom: [238, 228, 196], shape: [176, 128, 36], detail: [246, 220, 150] },
  percussion: {
    top: [248, 238, 238],
    bottom: [232, 214, 214],
    shape: [132, 48, 52],
    detail: [226, 196, 180],
  },
  keyboards: { top: [242, 242, 248], bottom: [222, 222, 236], shape: [40, 40, 60], detail: [230, 230, 240] },
  'early-music': {
    top: [246, 242, 232],
    bottom: [228, 220, 200],
    shape: [96, 64, 36],
    detail: [210, 180, 140],
  },
  voice: { top: [244, 240, 250], bottom: [226, 218, 240], shape: [80, 60, 120], detail: [200, 190, 230] },
  equipment: { top: [240, 242, 244], bottom: [220, 224, 228], shape: [60, 66, 74], detail: [180, 188, 196] },
};

/** A shape by its signed distance to a point (negative inside), and the box it lies in. */
interface Shape {
  distance(x: number, y: number): number;
  box: { left: number; top: number; right: number; bottom: number };
  /** What it is, as text: the drawings' cache on disk is keyed by it. */
  spec: string;
}

const specOf = (name: string, values: readonly number[]) =>
  `${name}(${values.map((value) => value.toFixed(2)).join(',')})`;

const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({
  distance: (x, y) => (Math.sqrt(((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2) - 1) * Math.min(rx, ry),
  box: { left: cx - rx, top: cy - ry, right: cx + rx, bottom: cy + ry },
  spec: specOf('ellipse', [cx, cy, rx, ry]),
});

const ring = (cx: number, cy: number, rx: number, ry: number, width: number): Shape => {
  const outer = ellipse(cx, cy, rx, ry);
  return {
    distance: (x, y) => Math.abs(outer.distance(x, y)) - width / 2,
    box: { left: cx - rx - width, top: cy - ry - width, right: cx + rx + width, bottom: cy + ry + width },
    spec: specOf('ring', [cx, cy, rx, ry, width]),
  };
};

const box = (left: number, top: number, right: number, bottom: number, radius = 0): Shape => ({
  distance: (x, y) => {
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    const dx = Math.abs(x - cx) - ((right - left) / 2 - radius);
    const dy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
    return Math.sqrt(Math.max(dx, 0) ** 2 + Math.max(dy, 0) ** 2) + Math.min(Math.max(dx, dy), 0) - radius;
  },
  box: { left, top, right, bottom },
  spec: specOf('box', [left, top, right, bottom, radius]),
});

/** A tube from one point to another, its radius going from `r0` to `r1` (a bell when it widens). */
const tube = (x0: number, y0: number, x1: number, y1: number, r0: number, r1 = r0): Shape => {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length2 = dx * dx + dy * dy || 1;
  const r = Math.max(r0, r1);
  return {
    distance: (x, y) => {
      const t = Math.min(1, Math.max(0, ((x - x0) * dx + (y - y0) * dy) / length2));
      return Math.sqrt((x - (x0 + t * dx)) ** 2 + (y - (y0 + t * dy)) ** 2) - (r0 + (r1 - r0) * t);
    },
    box: {
      left: Math.min(x0, x1) - r,
      top: Math.min(y0, y1) - r,
      right: Math.max(x0, x1) + r,
      bottom: Math.max(y0, y1) + r,
    },
    spec: specOf('tube', [x0, y0, x1, y1, r0, r1]),
  };
};

type Layer = [Shape, 'shape' | 'detail'];

const { width: W, height: H } = catalogueFrame;
const floor = H - 30;

/** A violin's family, upright, its height a share of the frame's: a violin ½ is small, a double bass tall. */
const bowed = (share: number): Layer[] => {
  const h = (H - 40) * share;
  const top = floor - h;
  const cx = W / 2;
  const at = (part: number) => top + part * h;
  return [
    [ellipse(cx, at(0.035), h * 0.035, h * 0.035), 'shape'],
    [tube(cx, at(0.05), cx, at(0.42), h * 0.018), 'shape'],
    [ellipse(cx, at(0.54), h * 0.15, h * 0.12), 'shape'],
    [box(cx - h * 0.11, at(0.6), cx + h * 0.11, at(0.72)), 'shape'],
    [ellipse(cx, at(0.79), h * 0.19, h * 0.16), 'shape'],
    [tube(cx - h * 0.07, at(0.6), cx - h * 0.06, at(0.74), h * 0.006), 'detail'],
    [tube(cx + h * 0.07, at(0.6), cx + h * 0.06, at(0.74), h * 0.006), 'detail'],
    [box(cx - h * 0.05, at(0.7), cx + h * 0.05, at(0.715)), 'detail'],
    [tube(cx - h * 0.012, at(0.1), cx - h * 0.02, at(0.88), 0.8), 'detail'],
    [tube(cx + h * 0.012, at(0.1), cx + h * 0.02, at(0.88), 0.8), 'detail'],
    ...(share > 0.8 ? ([[tube(cx, at(0.95), cx, floor, 2.5), 'shape']] as Layer[]) : []),
  ];
};

/** A flute, lying: its tube, its keys and its mouth hole. */
const flute = (length: number): Layer[] => {
  const left = (W - W * length) / 2;
  const right = left + W * length;
  const cy = H / 2;
  return [
    [tube(left, cy, right, cy, 9), 'shape'],
    [ellipse(left + 40, cy, 5, 3.5), 'detail'],
    ...Array.from(
      { length: 8 },
      (_, index): Layer => [ellipse(left + 120 + index * ((right - left - 150) / 8), cy, 5, 5), 'detail'],
    ),
  ];
};

/** A reed or a recorder, upright: a tube widening to its bell, its keys. */
const pipe = (share: number, bell: number, keys: number): Layer[] => {
  const h = (H - 50) * share;
  const top = floor - h;
  const cx = W / 2;
  return [
    [tube(cx, top, cx, floor - bell * 1.2, 9, 11), 'shape'],
    [tube(cx, floor - bell * 2.2, cx, floor - 4, 11, bell), 'shape'],
    ...Array.from(
      { length: keys },
      (_, index): Layer => [ellipse(cx, top + 40 + index * ((h - 90) / keys), 4, 4), 'detail'],
    ),
  ];
};

const saxophone: Layer[] = [
  [tube(215, 60, 240, 44, 5), 'shape'],
  [tube(215, 62, 215, 250, 10, 20), 'shape'],
  [tube(215, 255, 262, 300, 22), 'shape'],
  [tube(270, 290, 285, 120, 22, 44), 'shape'],
  [ellipse(285, 112, 44, 14), 'detail'],
  ...Array.from({ length: 6 }, (_, index): Layer => [ellipse(215, 100 + index * 26, 5, 5), 'detail']),
];

const trumpet: Layer[] = [
  [tube(80, 170, 300, 170, 5), 'shape'],
  [tube(290, 170, 410, 170, 6, 52), 'shape'],
  [ring(190, 205, 90, 32, 9), 'shape'],
  ...[170, 196, 222].map((x): Layer => [box(x - 9, 140, x + 9, 215, 4), 'shape']),
  ...[170, 196, 222].map((x): Layer => [ellipse(x, 132, 9, 6), 'detail']),
];

const horn: Layer[] = [
  [ring(220, 185, 95, 95, 12), 'shape'],
  [ring(220, 185, 62, 62, 8), 'shape'],
  [tube(240, 250, 350, 280, 10, 48), 'shape'],
  [tube(130, 150, 70, 110, 4), 'shape'],
  [box(200, 160, 250, 200, 6), 'shape'],
];

const trombone: Layer[] = [
  [tube(50, 160, 330, 160, 4), 'shape'],
  [tube(50, 210, 330, 210, 4), 'shape'],
  [tube(50, 160, 50, 210, 5), 'shape'],
  [tube(220, 160, 300, 110, 5), 'shape'],
  [tube(300, 110, 430, 110, 6, 55), 'shape'],
  [tube(330, 160, 330, 210, 3), 'shape'],
];

const tuba: Layer[] = [
  [tube(240, 300, 240, 140, 45, 36), 'shape'],
  [ellipse(240, 305, 50, 25), 'shape'],
  [tube(258, 135, 285, 90, 36, 60), 'shape'],
  [ellipse(287, 84, 60, 14), 'detail'],
  ...[190, 210, 230].map((x): Layer => [box(x - 7, 160, x + 7, 230, 3), 'detail']),
];

/** A drum: its shell, its head, and a pair of sticks when it is played with them. */
const drum = (shell: number, depth: number, sticks: boolean): Layer[] => [
  [box(W / 2 - shell, floor - depth, W / 2 + shell, floor - 10), 'shape'],
  [ellipse(W / 2, floor - 10, shell, shell * 0.25), 'shape'],
  [ellipse(W / 2, floor - depth, shell, shell * 0.25), 'detail'],
  ...(sticks
    ? ([
        [
          tube(W / 2 - shell * 0.6, floor - depth - 20, W / 2 + shell * 0.9, floor - depth - 120, 4, 2.5),
          'shape',
        ],
        [
          tube(W / 2 + shell * 0.6, floor - depth - 20, W / 2 - shell * 0.9, floor - depth - 120, 4, 2.5),
          'shape',
        ],
      ] as Layer[])
    : []),
];

const timpani: Layer[] = [
  [ellipse(240, 150, 130, 34), 'detail'],
  [ellipse(240, 170, 124, 110), 'shape'],
  [box(110, 150, 370, 170), 'shape'],
  [tube(170, 240, 150, floor, 5), 'shape'],
  [tube(310, 240, 330, floor, 5), 'shape'],
  [ellipse(240, 150, 128, 32), 'detail'],
];

const djembe: Layer[] = [
  [tube(240, 110, 240, 200, 88, 40), 'shape'],
  [tube(240, 190, 240, floor - 6, 36, 62), 'shape'],
  [ellipse(240, 110, 88, 16), 'detail'],
];

/** A keyboard of bars: on rails, shorter to the right, and two mallets. */
const bars = (count: number, longest: number): Layer[] => [
  [tube(60, 230, 420, 250, 4), 'shape'],
  [tube(60, 130, 420, 190, 4), 'shape'],
  ...Array.from({ length: count }, (_, index): Layer => {
    const x = 70 + index * (350 / count);
    const length = longest * (1 - (index / count) * 0.5);
    return [
      box(x, 250 - length, x + 350 / count - 4, 250 - length * 0.05 + 10, 2),
      index % 2 ? 'shape' : 'shape',
    ];
  }),
  [tube(300, 70, 380, 120, 2.5), 'shape'],
  [ellipse(300, 70, 9, 9), 'shape'],
  [tube(330, 60, 400, 115, 2.5), 'shape'],
  [ellipse(330, 60, 9, 9), 'shape'],
];

/** Anything else: a note, the sign of music. */
const note: Layer[] = [
  [ellipse(220, 250, 40, 28), 'shape'],
  [box(252, 90, 262, 250), 'shape'],
  [tube(258, 92, 320, 150, 8), 'shape'],
];

/** The drawing of a kind, by the words people use for it. */
export const drawingOf = (kind: string): Layer[] => {
  const words = kind.toLowerCase();
  const has = (...names: string[]) => names.some((name) => words.includes(name));
  if (has('contrebasse')) return bowed(1);
  if (has('violoncelle', 'viole de gambe'))
    return bowed(words.includes('1/2') ? 0.82 : words.includes('3/4') ? 0.88 : 0.95);
  if (has('alto 3', 'alto 4')) return bowed(0.7);
  if (has('violon'))
    return bowed(
      words.includes('1/4') ? 0.5 : words.includes('1/2') ? 0.56 : words.includes('3/4') ? 0.62 : 0.66,
    );
  if (has('piccolo')) return flute(0.5);
  if (has('traversière', 'traverso')) return flute(0.85);
  if (has('flûte à bec'))
    return pipe(words.includes('basse') ? 0.95 : words.includes('ténor') ? 0.85 : 0.7, 14, 7);
  if (has('clarinette basse')) return pipe(1, 40, 9);
  if (has('clarinette')) return pipe(0.85, 30, 8);
  if (has('hautbois', 'cor anglais')) return pipe(0.8, 16, 8);
  if (has('basson')) return [...pipe(1, 18, 6), [tube(W / 2, 20, W / 2 - 40, 40, 3), 'shape']];
  if (has('saxophone')) return saxophone;
  if (has('trompette', 'cornet', 'bugle')) return trumpet;
  if (has('trombone')) return trombone;
  if (has('tuba', 'euphonium', 'saxhorn')) return tuba;
  if (has('cor')) return horn;
  if (has('timbale')) return timpani;
  if (has('djembé', 'darbouka')) return djembe;
  if (has('caisse claire')) return drum(110, 80, true);
  if (has('grosse caisse', 'tambour', 'batterie', 'cajón', 'tom')) return drum(140, 150, true);
  if (has('marimba')) return bars(14, 120);
  if (has('xylophone', 'vibraphone')) return bars(12, 100);
  if (has('glockenspiel', 'métallophone')) return bars(12, 70);
  return note;
};

/** Paints the layers on the family's soft background: the RGBA pixels of the frame. */
export const paintDemoPhoto = (layers: readonly Layer[], family: ItemFamily) => {
  const palette = palettes[family];
  const data = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y++) {
    const shade = y / (H - 1);
    const [red, green, blue] = palette.top.map((top, channel) =>
      Math.round(top * (1 - shade) + (palette.bottom[channel] as number) * shade),
    ) as [number, number, number];
    for (let at = y * W * 4; at < (y + 1) * W * 4; at += 4) {
      data[at] = red;
      data[at + 1] = green;
      data[at + 2] = blue;
      data[at + 3] = 255;
    }
  }
  // A shadow on the floor, under what stands on it.
  const layersWithShadow: [Shape, Rgb][] = [
    [ellipse(W / 2, floor + 4, 170, 10), palette.bottom.map((value) => value - 18) as unknown as Rgb],
    ...layers.map(([shape, part]): [Shape, Rgb] => [shape, palette[part]]),
  ];
  for (const [shape, colour] of layersWithShadow) {
    const left = Math.max(0, Math.floor(shape.box.left) - 1);
    const right = Math.min(W - 1, Math.ceil(shape.box.right) + 1);
    const top = Math.max(0, Math.floor(shape.box.top) - 1);
    const bottom = Math.min(H - 1, Math.ceil(shape.box.bottom) + 1);
    for (let y = top; y <= bottom; y++)
      for (let x = left; x <= right; x++) {
        const coverage = Math.min(1, Math.max(0, 0.5 - shape.distance(x + 0.5, y + 0.5)));
        if (coverage === 0) continue;
        const at = (y * W + x) * 4;
        for (let channel = 0; channel < 3; channel++)
          data[at + channel] = Math.round(
            (data[at + channel] as number) * (1 - coverage) + (colour[channel] as number) * coverage,
          );
      }
  }
  return { width: W, height: H, data };
};

/** Bump when the painting or the encoding changes, so the drawings' cache on disk is drawn again. */
const paintingVersion = 1;
const cacheFolder = join(process.cwd(), 'node_modules', '.cache', 'preau-demo-photos');
const drawn = new Map<string, Uint8Array>();

/**
 * The demo photo of a kind of a family: drawn once, then the same bytes. Encoding a JPEG in JavaScript takes some
 * 20 ms (more on a busy machine), some forty kinds almost a second at each `npm start`: the drawings are also kept
 * on disk (`node_modules/.cache/preau-demo-photos/`), keyed by what they show.
 */
export const demoPhotoOf = (family: ItemFamily, kind: string): Uint8Array => {
  const layers = drawingOf(kind);
  const key = createHash('sha256')
    .update(
      JSON.stringify([paintingVersion, palettes[family], layers.map(([shape, part]) => [shape.spec, part])]),
    )
    .digest('hex')
    .slice(0, 32);
  const known = drawn.get(key);
  if (known) return known;
  const file = join(cacheFolder, `${key}.jpg`);
  let bytes: Uint8Array | undefined;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    bytes = encodeJpeg(paintDemoPhoto(layers, family));
    try {
      mkdirSync(cacheFolder, { recursive: true });
      // Written aside then renamed: test files seeding at once never read a drawing half written.
      const aside = `${file}.${process.pid}.${randomUUID()}`;
      writeFileSync(aside, bytes);
      renameSync(aside, file);
    } catch {
      // A read-only checkout draws them each time.
    }
  }
  drawn.set(key, bytes);
  return bytes;
};
