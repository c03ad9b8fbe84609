/**
 * Stands in for fontkit in the Lambda bundles. pdfkit imports it to embed font files (TTF, OTF, WOFF); Préau's
 * documents use PDF's built-in fonts only, and fontkit with its tables is a quarter of a megabyte that every cold
 * start of the function would parse.
 */
export const create = () => {
  throw new Error(
    'Préau functions print with the built-in PDF fonts: embedding a font file is not supported',
  );
};
