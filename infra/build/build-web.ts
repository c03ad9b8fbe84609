import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from '@formatjs/icu-messageformat-parser';
import { build, type Metafile, type Plugin } from 'esbuild';
import { designTokensCss } from '#domain/shared/design-tokens';
import { withInlineContentSecurityPolicy } from '#infra/definitions/web-app-headers';
import { icuTemplatesOf } from '../../web/src/shell/i18n/compiled-messages';
import { intlWarmUpScript } from '../../web/src/shell/i18n/intl-warm-up';
import { en, fr, type Messages } from '../../web/src/shell/i18n/messages';
import { fr as shellWords } from '../../web/src/shell/i18n/shell-messages';
import { refreshStartedByPage, sessionMarker } from '../../web/src/shell/session/session';
import { appIconFiles, webAppManifest } from './app-icons';

const repoRoot = resolve(import.meta.dirname, '../..');
const entryPoint = 'web/src/main.tsx';
/** The chunk of the page most visits open first: on its address, index.html preloads it with the entry script. */
const homePages = 'web/src/home/home-pages.tsx';
const template = 'web/index.html';
const serviceWorkerEntry = 'web/src/shell/install/service-worker.ts';

/** `@import "preau:design-tokens"` in a stylesheet reads the tokens the mini-sites' renderer also uses. */
const designTokens: Plugin = {
  name: 'preau-design-tokens',
  setup(build) {
    build.onResolve({ filter: /^preau:design-tokens$/ }, ({ path }) => ({ path, namespace: 'preau' }));
    build.onLoad({ filter: /.*/, namespace: 'preau' }, () => ({ contents: designTokensCss, loader: 'css' }));
  },
};

/** The language of the entry script's words; each other one is fetched in a chunk of its own when a reader speaks it. */
const firstLanguage = 'fr';
const otherLanguages: Record<string, Messages> = { en };
const dictionariesFile = /[\\/]web[\\/]src[\\/]shell[\\/]i18n[\\/]dictionaries\.ts$/;

/**
 * Data as a JavaScript expression that V8 reads faster than the same object literal: `JSON.parse('…')` (a string
 * is scanned, not parsed as code). The words must be JSON already (strings in nested objects), or the build stops.
 */
const asJson = (value: unknown) => {
  const json = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(json), value)) throw new Error('The portal’s words must be plain JSON');
  return `JSON.parse('${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}')`;
};

/**
 * web/src/shell/i18n/dictionaries.ts, which unbundled holds every language, is replaced in the bundle by the French
 * words and their parsed messages, and a fetch of each other language (`preau-words:<language>`, a chunk of its own
 * named `words-<language>-<hash>.js`, with its words and the messages only it has, parsed).
 */
const wordsInChunks: Plugin = {
  name: 'preau-words',
  setup(build) {
    build.onLoad({ filter: dictionariesFile }, () => ({
      loader: 'js',
      contents: [
        `export const dictionariesAtHand = { ${firstLanguage}: ${asJson(fr)} };`,
        `export const compiledTemplates = ${asJson(compiledMessages(fr))};`,
        'const fetches = {',
        ...Object.keys(otherLanguages).map(
          (language) => `  ${JSON.stringify(language)}: () => import('preau-words:${language}'),`,
        ),
        '};',
        'export const fetchDictionary = async (language) => {',
        '  if (!Object.hasOwn(fetches, language)) return undefined;',
        '  const { words, compiled } = await fetches[language]();',
        '  Object.assign(compiledTemplates, compiled);',
        '  return words;',
        '};',
      ].join('\n'),
    }));
    build.onResolve({ filter: /^preau-words:/ }, ({ path }) => ({
      path: `words-${path.slice('preau-words:'.length)}`,
      namespace: 'preau-words',
    }));
    build.onLoad({ filter: /.*/, namespace: 'preau-words' }, ({ path }) => {
      const words = otherLanguages[path.slice('words-'.length)];
      if (!words) throw new Error(`No words for ${path}`);
      const compiled = compiledMessages(words, fr);
      return {
        loader: 'js',
        contents: `export const words = ${asJson(words)};\nexport const compiled = ${asJson(compiled)};`,
      };
    });
  },
};

export interface BuildWebOptions {
  /** Where the app goes; a relative path is taken from the repository root. Default: dist/web. */
  outdir?: string;
  /** Default: true. */
  minify?: boolean;
}

/**
 * Bundles the web app for browsers: one script and one stylesheet under assets/, named by their content so that
 * they can be cached for good, and an index.html that loads them by absolute path (any page of the app is
 * answered with index.html, whatever its depth). Returns the files written, relative to outdir.
 */
export async function buildWeb(options: BuildWebOptions = {}): Promise<{ outdir: string; files: string[] }> {
  const outdir = resolve(repoRoot, options.outdir ?? 'dist/web');

  // 1. Drop the assets of the previous build, so that the folder holds one version of the app only.
  await rm(resolve(outdir, 'assets'), { recursive: true, force: true });

  // 2. Bundle the app and its stylesheet.
  const { metafile } = await build({
    absWorkingDir: repoRoot,
    entryPoints: { main: entryPoint },
    outdir,
    entryNames: 'assets/[name]-[hash]',
    chunkNames: 'assets/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    // Each module's pages (a dynamic import in signed-in-page.tsx) in a chunk of its own, what they share in others.
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? true,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    // The words as JSON, French in the entry script, English in a chunk of its own; every ICU message parsed now,
    // with its language's words, and the parser (some 26 KB) left out: the portal parses no message as pages render
    // (web/src/shell/i18n/format.ts).
    plugins: [designTokens, wordsInChunks],
    alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
  });
  const [scriptPath, script] =
    Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entryPoint) ?? [];
  if (!scriptPath || !script?.cssBundle)
    throw new Error(`esbuild produced no script and stylesheet for ${entryPoint}`);
  const urlOf = (path: string) => `/${relative(outdir, resolve(repoRoot, path)).split(sep).join('/')}`;

  // 3. Write index.html from its template, loading the hashed files. The stylesheet is in the page itself: the
  // first paint waits on no second request (on slow 4G it shared the line with the scripts), and index.html, asked
  // again at every visit, comes back 304 until a deploy changes it. The chunks the entry script imports are
  // preloaded, and on the home's address (most visits' first page) the home's pages with theirs (on a planning's, a
  // week's, the planning's), by a line of script that reads their list: the browser fetches them with the entry
  // script instead of one round trip after it, then another after the module's chunk, and another address (a week)
  // does not fetch the home's code it will not show.
  // All of them at low priority, as a deferred script is: the first paint is the page's own markup and stylesheet,
  // which waits on no script (Chromium fetches module scripts at high priority, which told Lighthouse they blocked
  // the first paint).
  if (!Object.values(metafile.outputs).some((output) => output.entryPoint === homePages))
    throw new Error(`esbuild produced no chunk for ${homePages}`);
  const preloaded = staticImportsOf(metafile, scriptPath).filter((path) => path !== scriptPath);
  // Each module's chunk and the chunks it imports, but those of the entry script: the portal asks for them all at
  // once when a page of the module is first shown (web/src/shell/loading/page-chunks.ts).
  const firstLoad = new Set([scriptPath, ...preloaded]);
  const pageChunks = Object.fromEntries(
    Object.entries(metafile.outputs).flatMap(([path, output]) => {
      const module = /^web\/src\/[a-z-]+\/([a-z-]+)-pages\.tsx$/.exec(output.entryPoint ?? '')?.[1];
      if (!module) return [];
      const chunks = [path, ...staticImportsOf(metafile, path)].filter((chunk) => !firstLoad.has(chunk));
      return [[module, chunks.map(urlOf)]];
    }),
  );
  const css = await readFile(resolve(repoRoot, script.cssBundle), 'utf8');
  if (css.includes('</style')) throw new Error('The stylesheet cannot be written inside a <style> element');
  // Replaced by functions: a « $ » in the stylesheet is not a replacement pattern.
  const page = (await readFile(resolve(repoRoot, template), 'utf8'))
    .replace('<div id="app"></div>', () => `<div id="app">${staticShell()}</div>`)
    .replace('</head>', () =>
      [
        // First: the session's renewal, and the worker that loads ICU's data on another thread, while the page is read
        // and its scripts come.
        `  <script>${refreshSessionScript};${intlWarmUpScript()}</script>`,
        `    <style>${css}</style>`,
        `    <script type="module" fetchpriority="low" src="${urlOf(scriptPath)}"></script>`,
        ...preloaded.map(
          (path) => `    <link rel="modulepreload" href="${urlOf(path)}" fetchpriority="low" />`,
        ),
        `    <script type="application/json" id="page-chunks">${JSON.stringify(pageChunks)}</script>`,
        `    <script>${preloadPageScript}</script>`,
        '  </head>',
      ].join('\n'),
    );
  // With its own Content-Security-Policy, a <meta> that allows its inline stylesheet and script by their hashes:
  // the page carries what changes with the build, the distribution's shared header only what never does
  // (infra/definitions/web-app-headers.ts).
  const html = withInlineContentSecurityPolicy(page);
  await writeFile(resolve(outdir, 'index.html'), html);

  // 4. What installs the portal on a phone's home screen: the manifest and its icons, drawn from the tokens.
  const installFiles = {
    'manifest.webmanifest': `${JSON.stringify(webAppManifest(), null, 2)}\n`,
    ...appIconFiles(),
  };
  await mkdir(resolve(outdir, 'icons'), { recursive: true });
  for (const [path, contents] of Object.entries(installFiles))
    await writeFile(resolve(outdir, path), contents);

  // 5. The service worker, which keeps this build's shell: a new build, a new version, a new cache.
  const bundled = Object.keys(metafile.outputs).map((path) => urlOf(path));
  const shellFiles = ['/index.html', ...bundled.filter((path) => !path.endsWith('.map'))];
  shellFiles.push(...Object.keys(installFiles).map((path) => `/${path}`));
  const version = createHash('sha256').update(html).update(shellFiles.join('\n')).digest('hex').slice(0, 16);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [serviceWorkerEntry],
    outfile: resolve(outdir, 'sw.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { SHELL_FILES: JSON.stringify(shellFiles), SHELL_VERSION: JSON.stringify(version) },
  });

  const files = [
    'index.html',
    ...bundled.map((path) => path.slice(1)),
    ...Object.keys(installFiles),
    'sw.js',
  ];
  return { outdir, files };
}

/**
 * On the home's address, preloads the home's chunks that index.html lists (`page-chunks`), as the entry's are; on
 * a planning's address (a week, most often opened from a link or a bookmark), the planning's. The module of any
 * other address is fetched as the entry script starts (web/src/signed-in-page.tsx `preloadPage`); done here, its
 * chunks come with the entry script instead of after its evaluation, and the links are added while the HTML is
 * read, before the first paint, rather than in the entry script's task.
 */
export const preloadPageScript = [
  // A block: its names stay out of the page's global scope.
  "{const path=location.pathname,module=path==='/'?'home':/^\\/planning(\\/|$)/.test(path)?'planning':'';",
  "if(module)for(const href of JSON.parse(document.getElementById('page-chunks').textContent)[module]||[]){",
  "const link=document.createElement('link');link.rel='modulepreload';link.href=href;",
  "link.fetchPriority='low';document.head.append(link)}}",
].join('');

/**
 * Renews the session as index.html is read, when the API's marker cookie says there is one: the answer (a token
 * and who is signed in) is there when the entry script and its chunks have arrived, instead of one round trip after
 * them, and the page's data leaves as soon as they are. The entry script takes the request from the page's global
 * (web/src/shell/session/session.ts `takeRefreshStartedByPage`); a failure is the entry script's to report.
 */
export const refreshSessionScript = [
  `if(${sessionMarker}.test(document.cookie)){const sent=fetch('/api/session/refresh',`,
  "{method:'POST',credentials:'same-origin',headers:{accept:'application/json'}});",
  `sent.catch(()=>{});window.${refreshStartedByPage}=sent}`,
].join('');

/**
 * The app's first render, before anyone is known (web/src/app.tsx: the banner with the app's name and the language
 * switch, « Chargement… » in the page), written in index.html: the phone paints it with the HTML and the stylesheet
 * instead of after the scripts, and the app, rendered into the same markup, moves nothing. No white space between
 * the tags, as Preact's render leaves none.
 */
export const staticShell = () =>
  [
    `<a class="skip-link" href="#content">${shellWords.skipToContent}</a>`,
    '<header class="banner"><div class="banner__inner">',
    `<div class="banner__title"><h1 class="banner__school">${shellWords.appName}</h1></div>`,
    '<button type="button" class="button button--on-brand button--small">',
    `<span lang="${shellWords.languageSwitch.language}">${shellWords.languageSwitch.label}</span></button>`,
    '</div></header>',
    `<main id="content" class="content" tabindex="-1"><p class="loading" role="status">${shellWords.loadingPage}</p></main>`,
  ].join('');

/**
 * The portal's ICU messages (plural, select, quotes) in some words (default: French and English), parsed as
 * IntlMessageFormat would parse them (tags are text): by template, the AST the portal formats with. Templates of
 * words already at hand (`known`) are left out.
 */
export const compiledMessages = (words: object = { fr, en }, known: object = {}) => {
  const already = new Set(icuTemplatesOf(known));
  return Object.fromEntries(
    icuTemplatesOf(words)
      .filter((template) => !already.has(template))
      .map((template) => [template, parse(template, { ignoreTag: true })]),
  );
};

/** The chunks a script imports statically, directly or through others: what the browser fetches before running it. */
const staticImportsOf = (metafile: Metafile, path: string): string[] => {
  const found = new Set<string>();
  const visit = (from: string) => {
    for (const { path: imported, kind } of metafile.outputs[from]?.imports ?? []) {
      if (kind !== 'import-statement' || found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  visit(path);
  return [...found];
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outdir, files } = await buildWeb();
  for (const file of files) {
    const { size } = await stat(resolve(outdir, file));
    console.log(`${relative(process.cwd(), resolve(outdir, file))}  ${(size / 1024).toFixed(1)} kB`);
  }
}
