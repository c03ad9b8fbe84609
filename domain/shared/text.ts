/** Ligatures NFD leaves whole: Œuvrard is found by typing "oeuvrard". */
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lowercase, without accents or ligatures, single spaces: how French names compare and sort regardless of typing. */
export const foldForComparison = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => ligatures[ligature] ?? ligature)
    .replace(/\s+/g, ' ')
    .trim();

/** A stable key for a free-text label: "Site Jean-Jaurès" and "site jean jaures" give the same key. */
export const keyOf = (label: string) =>
  foldForComparison(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Sort keys compare byte by byte in DynamoDB: numbers are padded so that "Salle 9" comes before "Salle 10". */
export const sortKeyOf = (name: string) =>
  foldForComparison(name).replace(/\d+/g, (digits) => digits.padStart(6, '0'));
