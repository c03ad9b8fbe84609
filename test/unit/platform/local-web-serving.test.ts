import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedApiReply, serveWebApp } from '#infra/local/static-files';

const webDirectory = mkdtempSync(join(tmpdir(), 'preau-web-'));
mkdirSync(join(webDirectory, 'assets'));
const indexHtml = '<!doctype html><title>Préau</title><style>p{color:red}</style><script>let a=1</script>';
writeFileSync(join(webDirectory, 'index.html'), indexHtml);
writeFileSync(join(webDirectory, 'assets/main-ABC.js'), 'console.log(1)');
const script = `export const lessons = ${JSON.stringify(Array.from({ length: 200 }, (_, n) => `Cours ${n}`))};`;
writeFileSync(join(webDirectory, 'assets/app-DEF.js'), script);
const serve = serveWebApp(webDirectory, { documentOrigins: ['http://127.0.0.1:4569'] });

describe('the local web app, served as the distribution serves it', () => {
  it('answers deep links of the app with index.html, never cached', async () => {
    for (const path of ['/', '/places', '/places/42/edit']) {
      const reply = await serve(path);
      expect(reply.status, path).toBe(200);
      expect(reply.body.toString()).toContain('<title>Préau</title>');
      expect(reply.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for good, and a missing file as 404', async () => {
    const asset = await serve('/assets/main-ABC.js');
    expect(asset.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect((await serve('/assets/main-OLD.js')).status).toBe(404);
  });

  it('sends text compressed as the browser accepts it, brotli first, as the distribution does', async () => {
    const brotli = await serve('/assets/app-DEF.js', 'gzip, deflate, br, zstd');
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding' });
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);
    expect(brotli.body.length).toBeLessThan(script.length / 2);

    const gzip = await serve('/assets/app-DEF.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await serve('/assets/app-DEF.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    // A file too small to gain anything is sent as it is.
    expect((await serve('/assets/main-ABC.js', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('sends the API’s JSON answers compressed, as CloudFront’s /api/* behaviour does, and the rest as it is', async () => {
    const places = JSON.stringify({
      items: Array.from({ length: 200 }, (_, n) => ({ id: `p${n}`, name: `Salle ${n}` })),
    });
    const answer = {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
      body: Buffer.from(places),
    };

    const brotli = await compressedApiReply(answer, 'gzip, deflate, br, zstd');
    expect(brotli.headers).toMatchObject({
      'content-encoding': 'br',
      vary: 'Accept-Encoding',
      'cache-control': 'no-store',
    });
    expect(brotliDecompressSync(brotli.body).toString()).toBe(places);
    expect(brotli.body.length).toBeLessThan(places.length / 4);
    const gzip = await compressedApiReply(answer, 'gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(places);

    expect((await compressedApiReply(answer)).body.toString()).toBe(places);
    const small = { ...answer, body: Buffer.from('{"count":0}') };
    expect((await compressedApiReply(small, 'br')).headers['content-encoding']).toBeUndefined();
    const pdf = { ...answer, headers: { 'content-type': 'application/pdf' }, body: Buffer.alloc(4096) };
    expect((await compressedApiReply(pdf, 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('sends the web app’s Content-Security-Policy with every file, as the distribution does, whatever the build', async () => {
    for (const path of ['/', '/places/42', '/assets/main-ABC.js']) {
      const policy = String((await serve(path)).headers['content-security-policy']);
      // The build's hashes are in index.html's <meta>, not in the header shared by every build.
      expect(policy, path).toContain("script-src 'self' 'unsafe-inline';");
      expect(policy, path).toContain("style-src 'self' 'unsafe-inline';");
      expect(policy, path).not.toContain('sha256-');
      expect(policy, path).toContain("connect-src 'self' http://127.0.0.1:4569");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect((await serve(path)).headers['x-frame-options']).toBe('DENY');
    }
  });

  it('never serves a file outside the web app', async () => {
    expect((await serve('/../../etc/ssl/openssl.cnf')).status).toBe(404);
    expect((await serve('/%2e%2e/%2e%2e/etc/ssl/openssl.cnf')).status).toBe(404);
    expect((await serve('/assets/..%2f..%2f..%2fetc/ssl/openssl.cnf')).status).toBe(404);
  });
});
