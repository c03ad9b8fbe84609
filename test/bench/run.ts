import { prepareAssets } from '../../infra/app';
import { benchFunctionBundles } from './function-bundles';
import { benchSynthesis } from './synthesis';

/** `npm run bench`: figures printed, never asserted. */
await benchFunctionBundles();
await prepareAssets();
benchSynthesis([1, 50, 200]);
