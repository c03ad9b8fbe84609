/** Several teachers or rooms in one cell: « DUPONT J. / MARTIN A. », « S12 + S14 », « Salle 3, CDI ». */
export const splitNames = (cell: string, separators: RegExp = /[,/+]/): string[] =>
  cell
    .split(separators)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
