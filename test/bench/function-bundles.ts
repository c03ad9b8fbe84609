import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleFunctions, lambdaBundleOptions } from '#infra/build/bundle-functions';
import { functionDefinitions } from '#infra/definitions/functions';
import { writeFigures } from './figures';

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

/**
 * Import time against the yardstick: at most 1.5× for a function with one SDK client, 1.75× for one that also
 * reaches the documents bucket (a second client, and the link signer), 2× where a reason is given, and no target
 * for the background jobs of the bus, which run for minutes and keep no one waiting on their cold start.
 */
const defaultTarget = 1.5;
const targetOf = (handler: string): { ratio: number; why: string } | undefined => {
  const definition = functionDefinitions.find((candidate) => candidate.handler === handler);
  if ((definition?.timeoutSeconds ?? 0) >= 300) return undefined;
  const reasons: Record<string, string> = {
    'api/letters':
      'renders PDF letters with pdfkit (its font embedding left out); used a few times a year by administrators',
    'api/exports': 'writes and zips a whole OneRoster bundle; used a few times a year',
    'api/timetables':
      'prints week timetables with pdfkit (its font embedding left out), apart from the planning function every agenda waits on',
    'api/sharing':
      'writes ICS files and pages to the site bucket and signs links (a secret read once); used when sharing, never by a calendar poll',
  };
  if (reasons[handler]) return { ratio: 2, why: reasons[handler] };
  if (definition?.needs.documents) return { ratio: 1.75, why: 'reads or writes the documents bucket too' };
  return { ratio: defaultTarget, why: '' };
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
      target: targetOf(handler) ? `${targetOf(handler)?.ratio.toFixed(2)}×` : 'job',
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
  const over = rows.filter(
    (row) => row.target !== 'job' && Number.parseFloat(row.ratio) > Number.parseFloat(row.target),
  );
  const oneClient = rows.filter((row) => targetOf(row.function)?.ratio === defaultTarget);
  const worst = Math.max(...oneClient.map((row) => Number.parseFloat(row.ratio)));
  console.log(
    `Worst one-client function ${worst.toFixed(2)}× (target: at most ${defaultTarget}×); other targets:`,
  );
  for (const row of rows) {
    const target = targetOf(row.function);
    if (!target) console.log(`  ${row.function}: a background job of the bus, figures only`);
    else if (target.ratio !== defaultTarget)
      console.log(`  ${row.function} at most ${target.ratio}×: ${target.why}`);
  }
  console.log(
    over.length === 0
      ? 'Every function within its target.'
      : `Over target: ${over.map((row) => row.function).join(', ')}`,
  );
  await writeFigures('bundles', [
    {
      figure: 'worst one-client function import time / yardstick',
      value: worst,
      unit: 'ratio',
      target: `<= ${defaultTarget}`,
    },
    ...rows.flatMap((row) => {
      const target = targetOf(row.function);
      return [
        {
          figure: `${row.function} import time / yardstick`,
          value: Number.parseFloat(row.ratio),
          unit: 'ratio',
          target: target ? `<= ${target.ratio}` : null,
        },
        {
          figure: `${row.function} bundle size`,
          value: Number.parseFloat(row.size),
          unit: 'KiB',
          target: null,
        },
      ];
    }),
  ]);
};
