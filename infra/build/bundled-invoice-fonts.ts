import regular from '@fontsource/inter/files/inter-latin-400-normal.woff';
import bold from '@fontsource/inter/files/inter-latin-700-normal.woff';

/**
 * Stands in for `functions/sales/invoice-pdf/invoice-fonts.ts` in the documents' bundle: the font files travel
 * inside it (esbuild's `binary` loader), as a Lambda has no node_modules to read them from.
 */
export const invoiceFonts = { regular, bold };
