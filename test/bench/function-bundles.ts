import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleFunctions, lambdaBundleOptions } from '../../infra/build/bundle-functions';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const runs = 9;

/** Variables a handler reads at load; any value will do, as loading a handler makes no call. */
const handlerEnvironment = {
  SCHOOL_ID: 'bench',
  SCHOOL_NAME: 'Bench',
  SCHOOL_KIND: 'school',
  SCHOOL_TIME_ZONE: 'Europe/Paris',
  SCHOOL_LOCALE: 'fr-FR',
  TABLE_NAME: 'bench',
  BUS_NAME: 'bench',
  DOCUMENTS_BUCKET: 'bench',
  SITE_BUCKET: 'bench',
  USER_POOL_ID: 'eu-west-3_bench',
  USER_POOL_CLIENT_ID: 'bench',
  AWS_REGION: 'eu-west-3',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Milliseconds to import a bundle in a fresh Node process, as a cold Lambda instance does. */
const importOnce = (file: string) => {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...handlerEnvironment },
  });
  return Number(output.toString());
};

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Bundle and yardstick imported in turn, so that both see the same load on the machine. */
const compareImportTimes = (file: string, yardstick: string) => {
  const pairs = Array.from({ length: runs }, () => [importOnce(file), importOnce(yardstick)] as const);
  return { time: median(pairs.map(([time]) => time)), yardstickTime: median(pairs.map(([, time]) => time)) };
};

/** The yardstick: a bundle holding one DynamoDB client, built with the same esbuild options. */
const oneClientBundle = async () => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'preau-bench-')), 'index.mjs');
  await build({
    stdin: {
      contents:
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const client = new DynamoDBClient({});",
      resolveDir: repositoryRoot,
      loader: 'ts',
    },
    outfile,
    ...lambdaBundleOptions,
    logLevel: 'warning',
  });
  return outfile;
};

/** Import time of every function: at most 1.5× the yardstick, but for the few with their reason below. */
const defaultTarget = 1.5;
const targets: Record<string, { ratio: number; why: string }> = {
  'identity/create-activation-batch': {
    ratio: 2,
    why: 'renders PDF letters with pdfkit (its font embedding left out); used a few times a year by administrators',
  },
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export const benchFunctionBundles = async () => {
  const { bundles } = await bundleFunctions();
  const yardstick = await oneClientBundle();
  const rows = bundles.map(({ handler, path }) => {
    const file = join(path, 'index.mjs');
    const contents = readFileSync(file);
    const { time, yardstickTime } = compareImportTimes(file, yardstick);
    return {
      function: handler,
      size: kib(contents.length),
      gzip: kib(gzipSync(contents).length),
      'import (ms)': time.toFixed(1),
      'one client (ms)': yardstickTime.toFixed(1),
      ratio: `${(time / yardstickTime).toFixed(2)}×`,
      target: `${(targets[handler]?.ratio ?? defaultTarget).toFixed(1)}×`,
    };
  });
  const yardstickContents = readFileSync(yardstick);
  console.log(
    `\nFunction bundles: median import time in a fresh Node ${process.version} process over ${runs} runs,`,
  );
  console.log(
    `each beside the one-DynamoDB-client yardstick (${kib(yardstickContents.length)}, ` +
      `${kib(gzipSync(yardstickContents).length)} gzipped) built with the same options`,
  );
  console.table(rows);
  const over = rows.filter((row) => Number.parseFloat(row.ratio) > Number.parseFloat(row.target));
  const worst = Math.max(
    ...rows.filter((row) => !targets[row.function]).map((row) => Number.parseFloat(row.ratio)),
  );
  console.log(`Worst ratio ${worst.toFixed(2)}× (target: at most ${defaultTarget}×), exceptions:`);
  for (const [handler, { ratio, why }] of Object.entries(targets))
    console.log(`  ${handler} at most ${ratio}×: ${why}`);
  console.log(
    over.length === 0
      ? 'Every function within its target.'
      : `Over target: ${over.map((row) => row.function).join(', ')}`,
  );
};
