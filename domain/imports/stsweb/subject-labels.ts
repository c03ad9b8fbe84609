import { type StsEdt, textOf } from './sts-edt-document';

/**
 * Subject labels by the code that services name (`SERVICE CODE_MATIERE="030201"` → `ANGLAIS LV1`), from the
 * file's nomenclature. The long label is the official one; the edition label loses accents and acronyms' case.
 */
export const subjectLabelsOf = (document: StsEdt): Map<string, string> => {
  const labels = new Map<string, string>();
  for (const matiere of document.NOMENCLATURES?.MATIERES?.MATIERE ?? []) {
    const code = (matiere['@CODE'] ?? matiere['@CODE_MATIERE'])?.trim();
    const label =
      textOf(matiere.LIBELLE_LONG) ??
      textOf(matiere.LIBELLE_COURT) ??
      textOf(matiere.LIBELLE_EDITION) ??
      textOf(matiere.CODE_GESTION);
    if (code && label) labels.set(code, label);
  }
  return labels;
};
