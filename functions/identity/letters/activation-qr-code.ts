import { create } from 'qrcode';

/** The activation page with the code filled in: what a letter's QR code opens. */
export const activationLinkOf = (activationUrl: string, code: string) => {
  const link = new URL(activationUrl);
  link.searchParams.set('code', code);
  return link.href;
};

/**
 * The squares of a QR code for a link, row by row: error correction M, which survives a fold or a smudge on a
 * printed letter and keeps the code small enough to read from across a desk.
 */
export const qrModulesOf = (text: string) => {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row: number, column: number) => Boolean(modules.get(row, column)) };
};
