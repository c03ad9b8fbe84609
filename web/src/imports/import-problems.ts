import type { Format } from '../i18n/format';
import type { ImportProblem } from './import-job';

/** Errors first, as they are what keeps the import from being applied; otherwise the order of the files. */
export const sortProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  // Array#sort is stable: problems of the same severity keep the backend's order, by file and line.
  [...problems].sort((a, b) => severityRank(a) - severityRank(b));

const severityRank = ({ severity }: ImportProblem) => (severity === 'error' ? 0 : 1);

/** Whether the problems found keep the import from being applied; the backend lists errors first. */
export const hasErrors = (problems: readonly ImportProblem[]) =>
  problems.some(({ severity }) => severity === 'error');

/** Where in its file a problem is: its line, its element, or both. */
export const problemPlace = ({ line, element }: ImportProblem, format: Format): string =>
  [
    line === undefined ? '' : format.fill(format.messages.imports.line, { line: format.number(line) }),
    element,
  ]
    .filter(Boolean)
    .join(' · ');
