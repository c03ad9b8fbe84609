import '../../infra/local/quiet-sdk';
import { prepareAssets } from '../../infra/app';
import { benchFunctionBundles } from './function-bundles';
import { benchPlanning } from './planning';
import { benchSharing } from './sharing';
import { benchSiecleImport } from './siecle-import';
import { benchSynthesis } from './synthesis';

/** `npm run bench`: figures printed, never asserted. `npm run bench -- import` (or `planning`, …) runs one alone. */
const only = process.argv[2];
if (!only || only === 'bundles') await benchFunctionBundles();
if (!only || only === 'synth') {
  await prepareAssets();
  benchSynthesis([1, 50, 200]);
}
if (!only || only === 'import') await benchSiecleImport();
if (!only || only === 'planning') await benchPlanning();
if (!only || only === 'sharing') await benchSharing();
