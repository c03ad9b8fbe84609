import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { appIconPixels, appIconSvg, encodePng, tokenColour, webAppManifest } from '#infra/build/app-icons';
import { isOlderShellCache, shellCacheName, shellRequestKind } from '#web/src/shell/install/shell-requests';

const origin = 'https://ecole.example';
const kindOf = (path: string, mode = 'navigate', method = 'GET') =>
  shellRequestKind(new URL(path, origin), { origin, method, mode });

describe('what the service worker does with a request', () => {
  it('answers the app’s pages, from the network first, and keeps the shell’s files', () => {
    expect(kindOf('/')).toBe('page');
    expect(kindOf('/planning/semaine/classe/42?vue=liste')).toBe('page');
    expect(kindOf('/assets/main-ABC123.js', 'no-cors')).toBe('shell');
    expect(kindOf('/icons/icon-192.png', 'no-cors')).toBe('shell');
  });

  it('never touches the API, calendar feeds, mini-sites, other sites or anything but a read', () => {
    expect(kindOf('/api/me', 'cors')).toBe('network');
    expect(kindOf('/api/session/refresh', 'cors', 'POST')).toBe('network');
    expect(kindOf('/feeds/abc.ics')).toBe('network');
    expect(kindOf('/s/token/')).toBe('network');
    expect(kindOf('/s/token/index.html')).toBe('network');
    expect(kindOf('https://elsewhere.example/')).toBe('network');
    expect(kindOf('/places', 'navigate', 'POST')).toBe('network');
    // A file, not a page: left to the network as the distribution serves it.
    expect(kindOf('/sw.js', 'same-origin')).toBe('network');
  });

  it('keeps one cache per build, dropping the older ones', () => {
    expect(isOlderShellCache(shellCacheName('old'), 'new')).toBe(true);
    expect(isOlderShellCache(shellCacheName('new'), 'new')).toBe(false);
    expect(isOlderShellCache('someone-else', 'new')).toBe(false);
  });
});

describe('the icons and the manifest, from the design tokens', () => {
  it('draws with the brand colour and the on-brand colour', () => {
    expect(tokenColour('brand')).toBe('#1d3557');
    expect(appIconSvg()).toContain('fill="#1d3557"');
    expect(webAppManifest()).toMatchObject({
      theme_color: '#1d3557',
      background_color: '#f4f5f7',
      lang: 'fr',
    });
  });

  it('leaves the rounded corners clear and fills the maskable icon to its edges', () => {
    const size = 64;
    const alphaAt = (pixels: Buffer, x: number, y: number) => pixels[(y * size + x) * 4 + 3];
    expect(alphaAt(appIconPixels(size), 0, 0)).toBe(0);
    expect(alphaAt(appIconPixels(size), size / 2, size - 4)).toBe(255);
    expect(alphaAt(appIconPixels(size, { maskable: true }), 0, 0)).toBe(255);
  });

  it('writes a PNG a decoder reads: its size, 8-bit RGBA, and every row of pixels', () => {
    const pixels = appIconPixels(16);
    const png = encodePng(16, 16, pixels);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([16, 16, 8, 6]);
    const dataLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + dataLength));
    expect(rows.length).toBe(16 * (16 * 4 + 1));
    expect(rows.subarray(1, 65)).toEqual(pixels.subarray(0, 64));
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });
});
