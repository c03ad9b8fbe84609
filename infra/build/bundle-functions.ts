import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { functionDefinitions, handlerBundleDirectory, handlerSourceFile } from '#infra/definitions/functions';
import type { ApiService } from '#infra/definitions/routes/index';
import { serviceEntrySource, serviceOfFunction } from './service-entry';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const functionsOutputDirectory = join(repositoryRoot, 'dist/functions');
const bundleFileName = 'index.mjs';
/** Outside every function's folder, so that a file being written is never part of an asset. */
const partialDirectory = join(functionsOutputDirectory, '.partial');

/** The folder CDK turns into the code asset of a handler: the same folder, hence the same asset, for every school. */
export const functionBundlePath = (handler: string) => join(repositoryRoot, handlerBundleDirectory(handler));

export interface FunctionBundle {
  handler: string;
  path: string;
  bytes: number;
}

export interface BundleResult {
  bundles: FunctionBundle[];
  /** esbuild's metafile, also written to `dist/functions/metafile.json`, for the bench's size report. */
  metafile: Metafile;
}

/** How a Lambda bundle is built: also used by the bench to build its one-client yardstick the same way. */
export const lambdaBundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // The ESM builds of the AWS SDK tree-shake better than their CommonJS ones.
  mainFields: ['module', 'main'],
  minify: true,
  keepNames: true,
  treeShaking: true,
  charset: 'utf8',
  sourcemap: false,
  alias: { fontkit: fileURLToPath(new URL('./no-embedded-fonts.ts', import.meta.url)) },
  // CommonJS dependencies call `require` for Node built-ins, which an ES module lacks.
  banner: {
    js:
      "import { createRequire as preauCreateRequire } from 'node:module'; " +
      'const require = preauCreateRequire(import.meta.url);',
  },
} satisfies BuildOptions;

/**
 * Bundles every function of `functionDefinitions` in one esbuild call: one self-contained ESM file per function,
 * AWS SDK included so each deployment pins the SDK version it was tested with.
 *
 * No source maps: `--enable-source-maps` makes every stack trace slower and the map would travel inside the asset;
 * `keepNames` keeps function and class names readable in stack traces instead.
 */
export const bundleFunctions = async (): Promise<BundleResult> => {
  const withEmbeddedFonts = functionDefinitions.filter(({ handler }) => embedsFonts(handler));
  const others = functionDefinitions.filter(({ handler }) => !embedsFonts(handler));
  const results = await Promise.all([
    buildGroup(others, lambdaBundleOptions),
    buildGroup(withEmbeddedFonts, embeddedFontsBundleOptions),
  ]);
  const metafile: Metafile = {
    inputs: Object.assign({}, ...results.map((result) => result.metafile.inputs)),
    outputs: Object.assign({}, ...results.map((result) => result.metafile.outputs)),
  };
  const outputFiles = results.flatMap((result) => result.outputFiles);

  await Promise.all(outputFiles.map((file) => writeIfChanged(file.path, file.contents)));
  await removeStaleFiles();
  await writeIfChanged(join(functionsOutputDirectory, 'metafile.json'), JSON.stringify(metafile));

  const bundles = functionDefinitions.map(({ handler }) => {
    const path = functionBundlePath(handler);
    const output = metafile.outputs[relative(repositoryRoot, join(path, bundleFileName))];
    if (!output) throw new Error(`esbuild produced no bundle for ${handler}`);
    return { handler, path, bytes: output.bytes };
  });
  return { bundles, metafile };
};

/** Stands the bundled font files in for the module that reads them from node_modules (esbuild aliases packages only). */
const bundledInvoiceFonts: Plugin = {
  name: 'preau-bundled-invoice-fonts',
  setup(build) {
    build.onResolve({ filter: /\/invoice-fonts$/ }, ({ resolveDir }) =>
      resolveDir.endsWith(join('functions', 'sales', 'invoice-pdf'))
        ? { path: fileURLToPath(new URL('./bundled-invoice-fonts.ts', import.meta.url)) }
        : undefined,
    );
  },
};

/**
 * The functions whose documents embed their fonts (the Factur-X invoice is a PDF/A, which wants every font
 * embedded): they keep the real fontkit, and carry the font files inside their bundle. Every other function prints
 * with the standard fonts and does without fontkit.
 */
const embedsFonts = (handler: string) => serviceOfFunction(handler) === 'sales-documents';

/** How the bundles that embed fonts are built: also used by the test that prints an invoice from one. */
export const embeddedFontsBundleOptions = {
  ...lambdaBundleOptions,
  alias: { 'brotli/decompress.js': fileURLToPath(new URL('./no-woff2-fonts.ts', import.meta.url)) },
  loader: { '.woff': 'binary' },
  plugins: [bundledInvoiceFonts],
} satisfies BuildOptions;

const buildGroup = (definitions: typeof functionDefinitions, { plugins = [], ...options }: BuildOptions) =>
  build({
    absWorkingDir: repositoryRoot,
    entryPoints: definitions.map(({ handler }) => {
      const service = serviceOfFunction(handler);
      return {
        in: service ? `${serviceEntryPrefix}${service}` : handlerSourceFile(handler),
        out: `${handler}/index`,
      };
    }),
    plugins: [serviceEntries, ...plugins],
    outdir: functionsOutputDirectory,
    outExtension: { '.js': '.mjs' },
    ...options,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });

const serviceEntryPrefix = 'preau-service:';

/** A service's entry is generated from the route table, so the function serves exactly its routes. */
const serviceEntries: Plugin = {
  name: 'preau-service-entries',
  setup(build) {
    build.onResolve({ filter: /^preau-service:/ }, ({ path }) => ({
      path: path.slice(serviceEntryPrefix.length),
      namespace: 'preau-service',
    }));
    build.onLoad({ filter: /.*/, namespace: 'preau-service' }, ({ path }) => ({
      contents: serviceEntrySource(path as ApiService),
      resolveDir: repositoryRoot,
      loader: 'ts',
    }));
  },
};

/**
 * Tests and synthesis may bundle at the same time: an unchanged file is left alone and a changed one is written
 * aside, then renamed over, so a concurrent asset hash never reads a half-written bundle.
 */
const writeIfChanged = async (path: string, contents: Uint8Array | string) => {
  const next = Buffer.from(contents);
  const current = await readFile(path).catch(() => undefined);
  if (current?.equals(next)) return;
  const partialPath = join(partialDirectory, `${process.pid}-${randomUUID()}`);
  await mkdir(partialDirectory, { recursive: true });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(partialPath, next);
  await rename(partialPath, path);
};

/** Anything else in a function's folder (an old source map, say) would change its asset hash. */
const removeStaleFiles = async () => {
  for (const { handler } of functionDefinitions) {
    const directory = functionBundlePath(handler);
    const stale = (await readdir(directory)).filter((name) => name !== bundleFileName);
    await Promise.all(stale.map((name) => rm(join(directory, name), { recursive: true, force: true })));
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bundles } = await bundleFunctions();
  for (const { handler, bytes } of bundles) {
    console.log(`${handler.padEnd(32)} ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
