import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleFunctions } from '../../infra/build/bundle-functions';

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
  AWS_REGION: 'eu-west-3',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Median milliseconds to import a bundle in a fresh Node process, as a cold Lambda instance does. */
const importTime = (file: string) => {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, ...handlerEnvironment },
      }).toString(),
    ),
  ).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
};

/** The yardstick: a bundle holding one DynamoDB client, built with the same esbuild options. */
const oneClientBundle = async () => {
  const directory = mkdtempSync(join(tmpdir(), 'preau-bench-'));
  const entry = join(repositoryRoot, 'test/bench/.one-client-entry.ts');
  writeFileSync(
    entry,
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const client = new DynamoDBClient({});\n",
  );
  const outfile = join(directory, 'index.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as r } from 'node:module'; const require = r(import.meta.url);" },
  });
  execFileSync('rm', ['-f', entry]);
  return outfile;
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export const benchFunctionBundles = async () => {
  const { bundles } = await bundleFunctions();
  const yardstick = await oneClientBundle();
  const yardstickTime = importTime(yardstick);
  const rows = [
    { name: '(one DynamoDB client)', file: yardstick },
    ...bundles.map(({ handler, path }) => ({ name: handler, file: join(path, 'index.mjs') })),
  ].map(({ name, file }) => {
    const contents = readFileSync(file);
    const time = name.startsWith('(') ? yardstickTime : importTime(file);
    return {
      function: name,
      size: kib(contents.length),
      gzip: kib(gzipSync(contents).length),
      'import (ms)': time.toFixed(1),
      'vs one client': `${(time / yardstickTime).toFixed(2)}×`,
    };
  });
  console.log(
    `\nFunction bundles: size and median import time in a fresh Node ${process.version} process (${runs} runs)`,
  );
  console.table(rows);
  const worst = Math.max(...rows.slice(1).map((row) => Number.parseFloat(row['vs one client'])));
  console.log(`Worst ratio ${worst.toFixed(2)}× (target: at most 1.5×)`);
};
