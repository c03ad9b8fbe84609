import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { buildWeb } from './build-web';
import { bundleFunctions } from './bundle-functions';

/**
 * `npm run build`: what a deployment ships, built once for every school: the web app (dist/web) and the function
 * bundles (one per service and per bus target). `cdk synth` builds them too when they are missing.
 */
const [web, functions] = await Promise.all([buildWeb(), bundleFunctions()]);
for (const file of web.files) {
  const { size } = await stat(resolve(web.outdir, file));
  console.log(`${relative(process.cwd(), resolve(web.outdir, file))}  ${(size / 1024).toFixed(1)} kB`);
}
for (const { path, bytes } of functions.bundles) {
  console.log(`${relative(process.cwd(), path)}/index.mjs  ${(bytes / 1024).toFixed(1)} kB`);
}
