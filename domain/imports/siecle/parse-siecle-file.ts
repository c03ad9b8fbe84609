import type { ImportSnapshot } from '../import-snapshot';
import { elevesSnapshot } from './parse-siecle-eleves';
import { nomenclatureSnapshot } from './parse-siecle-nomenclature';
import { responsablesSnapshot } from './parse-siecle-responsables';
import { readSiecleDocument, SIECLE_ROOTS } from './siecle-document';

/** Any SIECLE export Préau reads, recognised by its root element whatever the file is called. */
export const parseSiecleFile = (bytes: Uint8Array, fileName: string, today: string): ImportSnapshot => {
  const document = readSiecleDocument(bytes, fileName, SIECLE_ROOTS);
  switch (document.root) {
    case 'BEE_ELEVES':
      return elevesSnapshot(document, today);
    case 'BEE_RESPONSABLES':
      return responsablesSnapshot(document);
    case 'BEE_NOMENCLATURES':
      return nomenclatureSnapshot(document);
  }
};
