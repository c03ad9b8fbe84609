import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** One measured figure, as `dist/bench/<section>.json` keeps it so runs can be compared from one to the next. */
export interface Figure {
  figure: string;
  value: number;
  unit: string;
  /** What the figure should stay within, in words a reader and a script both take (`<= 1.5`), or null. */
  target: string | null;
}

const benchDirectory = resolve(import.meta.dirname, '../../dist/bench');

/** Writes a section's figures to `dist/bench/<section>.json`, beside what the section printed. */
export const writeFigures = async (section: string, figures: readonly Figure[]) => {
  await mkdir(benchDirectory, { recursive: true });
  const path = resolve(benchDirectory, `${section}.json`);
  await writeFile(path, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Figures written to ${path}`);
};
