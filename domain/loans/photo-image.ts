import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import type { PhotoType } from './photos';

/**
 * The catalogues' pictures: every photo drawn into the same 480 × 360 frame (the whole instrument, on a light
 * background where its shape leaves room), as a JPEG. One size means the page gives each `<img>` its width and height
 * without reading the file again, and a phone downloads some 30 KB a picture, not the 5 MB a phone took.
 */
export const catalogueFrame = { width: 480, height: 360 } as const;
const background = [244, 241, 234] as const;
const quality = 80;

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A JPEG's size from its frame header (SOF0 to SOF15 but DHT, JPG and DAC), without decoding it. */
export const jpegSizeOf = (bytes: Uint8Array): { width: number; height: number } | undefined => {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] as number;
    const length = ((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return {
        height: ((bytes[offset + 5] as number) << 8) | (bytes[offset + 6] as number),
        width: ((bytes[offset + 7] as number) << 8) | (bytes[offset + 8] as number),
      };
    offset += 2 + length;
  }
  return undefined;
};

const decoded = (bytes: Uint8Array, type: PhotoType): Rgba => {
  if (type === 'image/png') {
    const png = pngjs.PNG.sync.read(Buffer.from(bytes));
    return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
  }
  const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { width: image.width, height: image.height, data: image.data };
};

/**
 * Draws an image into the frame, whole, centred: each pixel of the frame the mean of the source's pixels it covers
 * (a box filter, good enough to shrink a photo), transparent parts over the background.
 */
export const fitIntoFrame = (image: Rgba): Rgba => {
  const { width, height } = catalogueFrame;
  const scale = Math.min(width / image.width, height / image.height, 1);
  const drawnWidth = Math.max(1, Math.round(image.width * scale));
  const drawnHeight = Math.max(1, Math.round(image.height * scale));
  const left = Math.floor((width - drawnWidth) / 2);
  const top = Math.floor((height - drawnHeight) / 2);
  const data = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    data[index * 4] = background[0];
    data[index * 4 + 1] = background[1];
    data[index * 4 + 2] = background[2];
    data[index * 4 + 3] = 255;
  }
  for (let y = 0; y < drawnHeight; y++) {
    const fromY = Math.floor((y * image.height) / drawnHeight);
    const toY = Math.max(fromY + 1, Math.floor(((y + 1) * image.height) / drawnHeight));
    for (let x = 0; x < drawnWidth; x++) {
      const fromX = Math.floor((x * image.width) / drawnWidth);
      const toX = Math.max(fromX + 1, Math.floor(((x + 1) * image.width) / drawnWidth));
      const sum = [0, 0, 0, 0];
      for (let sy = fromY; sy < toY; sy++)
        for (let sx = fromX; sx < toX; sx++) {
          const at = (sy * image.width + sx) * 4;
          const alpha = (image.data[at + 3] as number) / 255;
          for (let channel = 0; channel < 3; channel++)
            sum[channel] =
              (sum[channel] as number) +
              (image.data[at + channel] as number) * alpha +
              (background[channel] as number) * (1 - alpha);
          sum[3] = (sum[3] as number) + 1;
        }
      const at = ((top + y) * width + left + x) * 4;
      for (let channel = 0; channel < 3; channel++)
        data[at + channel] = Math.round((sum[channel] as number) / (sum[3] as number));
    }
  }
  return { width, height, data };
};

/** An RGBA image as a JPEG: the same bytes for the same pixels. */
export const encodeJpeg = (image: Rgba): Uint8Array =>
  new Uint8Array(jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality).data);

/**
 * A photo as the catalogue shows it: a JPEG of the frame's size. One already so (the demo's) is kept as it is; any
 * other is decoded, fitted and encoded again (a second or so for a phone's 12 MP photo, once per photo).
 */
export const catalogueJpeg = (bytes: Uint8Array, type: PhotoType): Uint8Array => {
  if (type === 'image/jpeg') {
    const size = jpegSizeOf(bytes);
    if (size?.width === catalogueFrame.width && size.height === catalogueFrame.height) return bytes;
  }
  return encodeJpeg(fitIntoFrame(decoded(bytes, type)));
};
