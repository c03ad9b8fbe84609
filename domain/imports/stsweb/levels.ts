import type { ImportedLevel } from '../import-snapshot';
import { type StsEdt, textOf } from './sts-edt-document';

/** The levels (MEF) of the file's nomenclature, which divisions and groups name in `MEFS_APPARTENANCE`. */
export const levelsOf = (document: StsEdt): ImportedLevel[] =>
  (document.NOMENCLATURES?.MEFS?.MEF ?? []).flatMap((mef) => {
    const code = mef['@CODE']?.trim();
    if (!code) return [];
    const label = textOf(mef.LIBELLE_LONG) ?? textOf(mef.FORMATION) ?? textOf(mef.LIBELLE_EDITION) ?? code;
    return [{ code, label }];
  });
