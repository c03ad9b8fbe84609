import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '#infra/app';
import { benchRegistry } from './schools-registry';

/** Synthesizes the authority's stack and `count` school stacks in this fresh process; prints the milliseconds. */
const count = Number(process.argv[2]);
const outdir = mkdtempSync(join(tmpdir(), 'preau-synth-'));
const started = performance.now();
const app = buildApp({ registry: benchRegistry(count), outdir });
const assembly = app.synth();
const elapsed = performance.now() - started;
rmSync(outdir, { recursive: true, force: true });
console.log(JSON.stringify({ count, stacks: assembly.stacks.length, milliseconds: Math.round(elapsed) }));
