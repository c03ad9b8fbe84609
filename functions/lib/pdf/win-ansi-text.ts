/** The characters of WinAnsi beyond Latin-1, the encoding of the standard PDF fonts. */
const winAnsiExtras = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜');

/** Letters that carry their mark in their shape, so that Unicode decomposition cannot take it off. */
const plainLetters: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H' };

const isWinAnsi = (character: string) => {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(character);
};

/**
 * Text as the standard PDF fonts (Helvetica, Courier) can print it: they know WinAnsi only, Latin-1 plus a few signs
 * such as œ, € or ’, which covers French. pdfkit writes any other character as a broken code that garbles the rest
 * of the line, so a name from elsewhere ("Łukasz Şahin") loses its marks instead ("Lukasz Sahin"); what still
 * does not fit becomes "?".
 */
export const toWinAnsi = (text: string) => [...text].map(printable).join('');

const printable = (character: string) => {
  if (isWinAnsi(character)) return character;
  if (/\s/.test(character)) return ' ';
  const plain = plainLetters[character] ?? character.normalize('NFD').replace(/\p{Mn}/gu, '');
  return plain !== '' && [...plain].every(isWinAnsi) ? plain : '?';
};
