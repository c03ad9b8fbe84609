import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const resolveFromHere = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(resolveFromHere.resolve(`@fontsource/inter/files/${name}`));

/**
 * The fonts the invoice embeds, as PDF/A wants every font: Inter (SIL Open Font License 1.1, from
 * `@fontsource/inter`), its Latin subset, regular and bold, as WOFF files that fontkit reads. Read from the package
 * here, where the code runs from its sources (tests, `npm start`); the Lambda bundle of the documents' function
 * carries the same files inside it instead (`infra/build/bundled-invoice-fonts.ts`, aliased in its place).
 */
export const invoiceFonts = {
  regular: fontFile('inter-latin-400-normal.woff'),
  bold: fontFile('inter-latin-700-normal.woff'),
};
