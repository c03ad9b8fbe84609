import { zipSync } from 'fflate';

/** The files of a bundle as one zip, at its root, as OneRoster consumers expect. */
export const zipBundle = (files: ReadonlyMap<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(files), { level: 6 });
