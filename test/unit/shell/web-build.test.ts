import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designTokensCss } from '#domain/shared/design-tokens';
import { siteCss } from '#domain/sharing/mini-site/site-css';
import { buildWeb, preloadPageScript, refreshSessionScript, staticShell } from '#infra/build/build-web';
import { inlineContentSecurityPolicyOf } from '#infra/definitions/web-app-headers';
import { intlWarmUpScript } from '#web/src/shell/i18n/intl-warm-up';

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

  it('writes an index.html that loads hashed assets which exist, and preloads the home’s chunks on its address, the planning’s on a week’s', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
      ([, path]) => path as string,
    );

    expect(references[0]).toMatch(/^\/assets\/main-[A-Z0-9]+\.js$/);
    // The stylesheet is in the page, so that the first paint waits on no other request.
    const stylesheet = built.files.find((file) => file.endsWith('.css')) ?? '';
    expect(stylesheet).toMatch(/^assets\/main-[A-Z0-9]+\.css$/);
    expect(html).toContain(`<style>${await readFile(join(outdir, stylesheet), 'utf8')}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, path]) => path);
    expect(preloads).toEqual(references.slice(1));
    // The home's pages are preloaded on the home's address only, from their list: a week does not fetch them.
    expect(preloads).not.toContainEqual(expect.stringMatching(/-pages-/));
    expect(html).toContain(`<script>${preloadPageScript}</script>`);
    // The session's renewal leaves, and ICU's data is loaded by a worker, before the stylesheet is even read.
    const first = `<script>${refreshSessionScript};${intlWarmUpScript()}</script>`;
    expect(html.indexOf(first)).toBeGreaterThan(-1);
    expect(html.indexOf(first)).toBeLessThan(html.indexOf('<style>'));
    const listed = html.match(/<script type="application\/json" id="page-chunks">(.*?)<\/script>/)?.[1];
    expect(JSON.parse(listed ?? '{}').home?.[0]).toMatch(/^\/assets\/home-pages-[A-Z0-9]+\.js$/);
    for (const path of references) expect(existsSync(join(outdir, path))).toBe(true);
    expect(html).toContain('<script type="module" fetchpriority="low"');
    // No script blocks the first paint, the page's own markup: they are fetched at low priority, as deferred ones.
    expect(
      html.match(/<link rel="modulepreload" [^>]*>/g)?.every((link) => link.includes('fetchpriority="low"')),
    ).toBe(true);
    // The app's first render is in the page, painted with the HTML: the banner and « Chargement… ».
    expect(html).toContain(`<div id="app">${staticShell()}</div>`);
    expect(staticShell()).toMatch(
      /<h1 class="banner__school">Préau<\/h1>.*<p class="loading" role="status">Chargement…<\/p>/,
    );
    expect(built.outdir).toBe(resolve(outdir));
    const chunks = built.files.filter(
      (file) => file.startsWith('assets/') && file !== stylesheet && !references.includes(`/${file}`),
    );
    expect(chunks.every((file) => /^assets\/[a-z-]+-[A-Z0-9]{8}\.js$/.test(file))).toBe(true);
    expect([...built.files].sort()).toEqual(
      [
        'index.html',
        stylesheet,
        ...references.map((path) => path.slice(1)),
        ...chunks,
        'manifest.webmanifest',
        'icons/icon.svg',
        'icons/icon-192.png',
        'icons/icon-512.png',
        'icons/icon-maskable-512.png',
        'sw.js',
      ].sort(),
    );
  });

  it('renews the session from index.html only when the API’s marker cookie says there is one', () => {
    const run = (cookie: string) => {
      const sent: { path: string; init: RequestInit }[] = [];
      const window: Record<string, unknown> = {};
      const fetch = (path: string, init: RequestInit) => {
        sent.push({ path, init });
        return Promise.resolve(new Response('{}'));
      };
      runInNewContext(refreshSessionScript, { document: { cookie }, window, fetch });
      return { sent, window };
    };

    const reloaded = run('preau_language=fr; preau_signed_in=1');
    expect(reloaded.sent).toEqual([
      {
        path: '/api/session/refresh',
        init: { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } },
      },
    ]);
    expect(reloaded.window.preauSessionRefresh).toBeInstanceOf(Promise);
    const newcomer = run('preau_language=fr');
    expect(newcomer.sent).toEqual([]);
    expect(newcomer.window).toEqual({});
  });

  it('writes in index.html its own Content-Security-Policy, before any inline code: the hashes of exactly its inline stylesheet and scripts', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const { policy, index } = inlineContentSecurityPolicyOf(html);
    // A meta policy applies to what follows it: no style or script before it, and it is in <head>.
    expect(index).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.slice(0, index)).not.toMatch(/<(style|script)[\s>]/);
    expect(index).toBeLessThan(html.indexOf('</head>'));
    // Hashed here from the page's text, as a browser hashes each inline element's content.
    const hashOf = (content: string) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, content]) =>
      hashOf(content ?? ''),
    );
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, content]) =>
      hashOf(content ?? ''),
    );
    expect(styles).toHaveLength(1);
    // The session's renewal with ICU's warm-up, and the page script's preload.
    expect([...scripts].sort()).toEqual(
      [hashOf(`${refreshSessionScript};${intlWarmUpScript()}`), hashOf(preloadPageScript)].sort(),
    );
    // Every other script is a file or a data block, which no hash needs to allow.
    const others = [...html.matchAll(/<script ([^>]*)>/g)].map(([, attributes]) => attributes);
    expect(
      others.every((attributes) => /\ssrc="|^src="|type="application\/json"/.test(attributes ?? '')),
    ).toBe(true);
    expect(policy).toBe(
      `script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles[0]}; worker-src 'self' data:`,
    );
  });

  it('puts each module’s pages in a chunk of its own, loaded on demand', async () => {
    const pageChunks = built.files.filter((file) => /^assets\/[a-z-]+-pages-/.test(file));
    const modules = pageChunks.map((file) => file.replace(/^assets\/([a-z-]+)-pages-.*$/, '$1')).sort();
    expect(modules).toEqual(expect.arrayContaining(['home', 'homework', 'messaging', 'planning', 'people']));
    const [main] = built.files.filter((file) => /^assets\/main-.*\.js$/.test(file));
    const entry = await readFile(join(outdir, main as string), 'utf8');
    for (const chunk of pageChunks) expect(entry).toContain(`import("./${chunk.slice('assets/'.length)}")`);

    // What the portal asks for at once when a module's page first opens: its chunk first, then those it imports,
    // but what index.html preloads already.
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const listed = html.match(/<script type="application\/json" id="page-chunks">(.*?)<\/script>/)?.[1];
    const byModule: Record<string, string[]> = JSON.parse(listed ?? '{}');
    const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(([, path]) => path);
    expect(Object.keys(byModule).sort()).toEqual(modules);
    for (const module of modules) {
      expect(byModule[module]?.[0]).toMatch(new RegExp(`^/assets/${module}-pages-`));
    }
    for (const path of Object.values(byModule).flat()) {
      expect(existsSync(join(outdir, path)), path).toBe(true);
      expect(preloads).not.toContain(path);
    }
  });

  it('names each group of pages in the router as its file, which the build names the chunk after', async () => {
    const router = await readFile(resolve('web/src/signed-in-page.tsx'), 'utf8');
    const declared = [
      ...router.matchAll(/modulePages\(\s*'([a-z-]+)',[\s\S]*?import\('\.\/([a-z-]+)\/([a-z-]+)'\)/g),
    ];
    expect(declared.length).toBeGreaterThan(10);
    // Most modules have one group, named as the module; a module may have more (web/src/<m>/<name>-pages.tsx).
    for (const [, name, , file] of declared) expect(file).toBe(`${name}-pages`);
    expect(declared.filter(([, name, folder]) => name === folder).length).toBeGreaterThan(10);
  });

  it('makes the portal installable: a linked manifest whose icons exist, a worker that keeps this build', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    const manifest = JSON.parse(await readFile(join(outdir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', theme_color: '#1d3557' });
    for (const { src } of manifest.icons) expect(existsSync(join(outdir, src)), src).toBe(true);

    const worker = await readFile(join(outdir, 'sw.js'), 'utf8');
    const assets = built.files.filter((file) => file.startsWith('assets/'));
    for (const file of ['index.html', ...assets, 'manifest.webmanifest'])
      expect(worker).toContain(`"/${file}"`);
    expect(worker).not.toMatch(/"\/api\//);
  });

  it('keeps the first load (the entry script and what index.html preloads, the home’s with it) under 150 KB compressed', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const listed = html.match(/<script type="application\/json" id="page-chunks">(.*?)<\/script>/)?.[1];
    const home: string[] = JSON.parse(listed ?? '{}').home ?? [];
    const scripts = [
      ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(([, path]) => path as string),
      ...home.map((path) => path.slice(1)),
    ];
    const size = async (files: string[]) =>
      (await Promise.all(files.map((file) => readFile(join(outdir, file))))).reduce(
        (total, content) => total + gzipSync(content).length,
        0,
      );

    expect(scripts.length).toBeGreaterThan(1);
    expect(await size(scripts)).toBeLessThan(150 * 1024);
    // The split's gain: the first load is well under the whole of the portal's scripts.
    expect(await size(scripts)).toBeLessThan(
      0.8 * (await size(built.files.filter((file) => file.endsWith('.js')))),
    );
  });

  it('carries the ICU messages parsed, and no parser: the portal parses no message as it renders', async () => {
    const scripts = await Promise.all(
      built.files.filter((file) => file.endsWith('.js')).map((file) => readFile(join(outdir, file), 'utf8')),
    );
    // The parser's own error kinds, which its code holds and no other.
    expect(scripts.some((script) => script.includes('EXPECT_ARGUMENT_CLOSING_BRACE'))).toBe(false);
    expect(
      scripts.some((script) =>
        script.includes('"La journée {nameElision, select, vowel {d’} other {de }}{name}"'),
      ),
    ).toBe(true);
  });

  it('holds the French words in the first load, and the English ones in a chunk fetched only when chosen', async () => {
    const html = await readFile(join(outdir, 'index.html'), 'utf8');
    const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
      ([, path]) => path as string,
    );
    const firstScripts = (
      await Promise.all(firstLoad.map((file) => readFile(join(outdir, file), 'utf8')))
    ).join('\n');
    const english = built.files.filter((file) => /^assets\/words-en-[A-Z0-9]{8}\.js$/.test(file));
    expect(english).toHaveLength(1);
    const englishScript = await readFile(join(outdir, english[0] as string), 'utf8');

    expect(firstScripts).toContain('"Chargement…"');
    expect(firstScripts).toContain('"Aller au contenu"');
    expect(firstScripts).not.toContain('"Skip to content"');
    expect(firstScripts).not.toContain('"Loading…"');
    expect(englishScript).toContain('"Skip to content"');
    expect(englishScript).not.toContain('"Aller au contenu"');
    // Its ICU messages come parsed with it: « {count, plural, …} » in English only.
    expect(englishScript).toMatch(/"\{count, plural, one \{# [a-z]+\} other \{# [a-z]+\}\}[^"]*":\[/);
    // Nothing loads it but the choice of English: no preload, in no module's list.
    expect(html).not.toContain(english[0]);
    // The entry script fetches it, and reads the words as JSON data, not code.
    expect(firstScripts).toContain(`import("./${english[0]?.slice('assets/'.length)}")`);
    expect(firstScripts).toContain(`JSON.parse('{"language":"fr"`);
  });

  it('styles the portal and the mini-sites with the same design tokens', async () => {
    const stylesheet = built.files.find((file) => file.endsWith('.css')) ?? '';
    const css = await readFile(join(outdir, stylesheet), 'utf8');
    // Minified, 0.5rem reads .5rem: the names and the colours are compared.
    const tokens = (text: string) =>
      [...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]+)?/g)].map(([, name, colour]) => `${name}:${colour ?? ''}`);

    expect(siteCss).toContain(designTokensCss);
    expect(tokens(css)).toEqual(expect.arrayContaining(tokens(designTokensCss)));
    expect(css).toMatch(/--brand:\s*#1d3557/);
    // Every module's rules are bundled, from the shell's base to the audit trail's last.
    expect(css).toMatch(/\.skip-link\b/);
    expect(css).toMatch(/\.audit\b|\.audit-/);
  });

  it('leaves only the assets of the last build', async () => {
    const rebuilt = await buildWeb({ outdir, minify: false });
    const assets = await readdir(join(outdir, 'assets'));
    expect(assets.sort()).toEqual(
      rebuilt.files
        .filter((file) => file.startsWith('assets/'))
        .map((file) => file.slice('assets/'.length))
        .sort(),
    );
    expect(assets.filter((file) => file.endsWith('.css'))).toHaveLength(1);
  });
});
