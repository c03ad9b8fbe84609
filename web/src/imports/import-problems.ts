import type { Format } from '../shell/i18n/format';
import type { ImportProblem } from './import-job';

/** Errors first, as they are what keeps the import from being applied; otherwise the order of the files. */
export const sortProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  // Array#sort is stable: problems of the same severity keep the backend's order, by file and line.
  [...problems].sort((a, b) => severityRank(a) - severityRank(b));

const severityRank = ({ severity }: ImportProblem) => (severity === 'error' ? 0 : 1);

/** Whether the problems found keep the import from being applied; the backend lists errors first. */
export const hasErrors = (problems: readonly ImportProblem[]) =>
  problems.some(({ severity }) => severity === 'error');

/** Where in its file a problem is: its line (and column), its element, or both. */
export const problemPlace = ({ line, column, element }: ImportProblem, format: Format): string =>
  [line === undefined ? '' : lineText(line, column, format), element].filter(Boolean).join(' · ');

const lineText = (line: number, column: number | undefined, format: Format) => {
  const texts = format.messages.imports;
  return column === undefined
    ? format.fill(texts.line, { line: format.number(line) })
    : format.fill(texts.lineColumn, { line: format.number(line), column: format.number(column) });
};

/** Why, in the reader's language when the problem has a code the portal words, else as the backend says it. */
export const problemReason = ({ code, values = {}, reason }: ImportProblem, format: Format): string => {
  const codes: Record<string, string> = format.messages.imports.problemCodes;
  const sentence = code === undefined ? undefined : codes[code];
  return sentence ? format.fill(sentence, values) : reason;
};
