import type { ImportSnapshot } from '../import-snapshot';
import { readSiecleDocument, type SiecleDocument } from './siecle-document';
import { locate, warningAt } from './siecle-problems';
import { startSnapshot } from './siecle-snapshot';
import { attributeOf, elementsAt, textOf } from './xml-element';

/** The levels (MEF) of `Nomenclature.xml`, which give the codes of the students' `CODE_MEF` their labels. */
export const parseSiecleNomenclature = (bytes: Uint8Array, fileName: string): ImportSnapshot =>
  nomenclatureSnapshot(readSiecleDocument(bytes, fileName, ['BEE_NOMENCLATURES']));

export const nomenclatureSnapshot = (document: SiecleDocument): ImportSnapshot => {
  const snapshot = startSnapshot(document);
  const mefs = elementsAt(document.content, 'DONNEES', 'MEFS', 'MEF');
  for (const [index, mef] of mefs.entries()) {
    // Here CODE_MEF is an attribute (`<MEF CODE_MEF="10010012110">`), where the students' file has an element.
    const code = attributeOf(mef, 'CODE_MEF');
    if (code === undefined) {
      const at = locate(document.file, 'MEF', {}, index + 1);
      snapshot.problems.push(warningAt(at, 'CODE_MEF', 'is missing: this level is left out'));
      continue;
    }
    snapshot.levels.push({ code, label: textOf(mef, 'LIBELLE_LONG') ?? textOf(mef, 'FORMATION') ?? code });
  }
  return snapshot;
};
