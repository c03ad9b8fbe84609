import { PDFDocument, registerStdFonts } from 'pdfkit/js/pdfkit.browser.mjs';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';

/**
 * pdfkit's browser build, with the metrics of the standard fonts it prints with handed over, as the activation
 * letters do (functions/identity/letters/standard-font-pdf.ts tells why): it bundles into a Lambda function and
 * needs no file. A copy of the planning timetable's helpers, as a module's functions import no other module's.
 */
registerStdFonts(Helvetica, HelveticaBold);

export { PDFDocument };
export type PdfDocument = PDFKit.PDFDocument;

/** Everything the document writes, once it is ended, as one array. */
export const bytesOf = (document: PdfDocument) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    document.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    document.on('error', reject);
    // A plain Uint8Array, not a Buffer: pdf.js and S3 refuse the subclass.
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });

/** The characters of WinAnsi beyond Latin-1, the encoding of the standard PDF fonts. */
const winAnsiExtras = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜');

/** Letters that carry their mark in their shape, so that Unicode decomposition cannot take it off. */
const plainLetters: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };

const isWinAnsi = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(character);
};

/**
 * Text as the standard fonts can print it: French fits WinAnsi whole; a name from elsewhere loses its marks
 * (« Łukasz Şahin » prints « Lukasz Sahin ») rather than garbling the line, and what still does not fit is « ? ».
 */
export const toWinAnsi = (text: string) =>
  [...text]
    .map((character) => {
      if (isWinAnsi(character)) return character;
      if (/\s/.test(character)) return ' ';
      const plain = plainLetters[character] ?? character.normalize('NFD').replace(/\p{Mn}/gu, '');
      return plain !== '' && [...plain].every(isWinAnsi) ? plain : '?';
    })
    .join('');
