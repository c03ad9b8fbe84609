/** The codes of imports' refusals: an import not checked yet, files of another year, a switch with nothing prepared. */
export const importErrorCodes = ['not_ready', 'wrong_year', 'nothing_prepared', 'duplicate'] as const;
