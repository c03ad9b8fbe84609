import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../infra/build/build-web';

describe('the web build', () => {
  let outdir: string;
  let built: Awaited<ReturnType<typeof buildWeb>>;

  beforeAll(async () => {
    // A folder of its own: the browser test builds into dist/web at the same time.
    outdir = await mkdtemp(join(tmpdir(), 'preau-web-'));
    built = await buildWeb({ outdir });
  });

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('writes an index.html that loads hashed assets which exist', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
      ([, path]) => path as string,
    );

    expect(references).toEqual([
      expect.stringMatching(/^\/assets\/main-[A-Z0-9]+\.css$/),
      expect.stringMatching(/^\/assets\/main-[A-Z0-9]+\.js$/),
    ]);
    for (const path of references) expect(existsSync(join(outdir, path))).toBe(true);
    expect(html).toContain('<script type="module"');
    expect(built.outdir).toBe(resolve(outdir));
    expect([...built.files].sort()).toEqual(
      ['index.html', ...references.map((path) => path.slice(1))].sort(),
    );
  });

  it('keeps the scripts under 150 KB compressed', async () => {
    const scripts = built.files.filter((file) => file.endsWith('.js'));
    const contents = await Promise.all(scripts.map((file) => readFile(join(outdir, file))));
    const gzipped = contents.reduce((total, content) => total + gzipSync(content).length, 0);

    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('leaves only the assets of the last build', async () => {
    await buildWeb({ outdir, minify: false });
    const assets = await readdir(join(outdir, 'assets'));
    expect(assets.filter((file) => file.endsWith('.js'))).toHaveLength(1);
    expect(assets.filter((file) => file.endsWith('.css'))).toHaveLength(1);
  });
});
