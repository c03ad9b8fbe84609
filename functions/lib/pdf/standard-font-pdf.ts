import { PDFDocument, registerStdFonts } from 'pdfkit/js/pdfkit.browser.mjs';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';

/**
 * pdfkit's Node build loads the metrics of the standard fonts with `require('#standard-fonts/…')` relative to its
 * own file, which fails once esbuild folds it into a Lambda bundle (foliojs/pdfkit#1801), and it exports no way
 * to hand them over. Its browser build takes them from `registerStdFonts`, so they travel inside the bundle; it
 * needs no `fs` and runs on Node as it is. pdfkit's export map keeps that build from Node's resolution, so
 * tsconfig.json's `paths` names it once, for tsc, tsx, esbuild and Vitest (`resolve.tsconfigPaths`) alike: this
 * file imports it by its package path wherever the file moves.
 */
registerStdFonts(Helvetica, HelveticaBold);

/**
 * Every document prints in Helvetica and its bold; one that needs another standard font registers it here, so that
 * the others do not carry its metrics (the activation letters add Courier for the codes).
 */
export { PDFDocument, registerStdFonts };
export type PdfDocument = PDFKit.PDFDocument;

/** Everything the document writes, once it is ended, as one array (pdfjs and S3 take a plain `Uint8Array`). */
export const bytesOf = (document: PdfDocument) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    document.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    document.on('error', reject);
    document.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
  });
