/**
 * Stands in for brotli's decoder in the documents' bundle: fontkit needs it for WOFF2 files only, and the invoice
 * embeds WOFF files (`bundled-invoice-fonts.ts`); the decoder with its dictionary is half a megabyte.
 */
export default () => {
  throw new Error('The documents embed WOFF fonts: WOFF2 is not supported in the Lambda bundles');
};
