import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWeb } from '#infra/build/build-web';

/**
 * The portal built into a folder of this test file's own: browser test files run in parallel, and a build into
 * the shared dist/web empties its assets while another file's browser loads them.
 */
export const buildPortalForTest = () => buildWeb({ outdir: mkdtempSync(join(tmpdir(), 'preau-web-')) });
