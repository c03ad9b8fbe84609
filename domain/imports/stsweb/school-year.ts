import type { StsEdt } from './sts-edt-document';

/** STSWEB names a school year by the year it starts: `ANNEE_SCOLAIRE ANNEE="2026"` is 2026-2027. */
export const schoolYearOf = (document: StsEdt): string | undefined => {
  const start = document.PARAMETRES?.ANNEE_SCOLAIRE?.['@ANNEE']?.trim();
  return start && /^\d{4}$/.test(start) ? `${start}-${Number(start) + 1}` : undefined;
};
