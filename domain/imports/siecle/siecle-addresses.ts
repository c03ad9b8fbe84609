import type { SiecleDocument } from './siecle-document';
import { attributeOf, elementsAt, textOf, type XmlElement } from './xml-element';

const STREET_LINES = ['LIGNE1_ADRESSE', 'LIGNE2_ADRESSE', 'LIGNE3_ADRESSE', 'LIGNE4_ADRESSE'];

/** The addresses of a `BEE_RESPONSABLES` document by `ADRESSE_ID`, each as the lines of an envelope. */
export const readAddresses = (document: SiecleDocument): Map<string, string[]> => {
  const addresses = new Map<string, string[]>();
  for (const address of elementsAt(document.content, 'DONNEES', 'ADRESSES', 'ADRESSE')) {
    const addressId = attributeOf(address, 'ADRESSE_ID');
    if (addressId !== undefined) addresses.set(addressId, envelopeLines(address));
  }
  return addresses;
};

/** Street lines, then postcode and town, then the country, which a letter posted in France leaves out for France. */
const envelopeLines = (address: XmlElement): string[] => {
  const street = STREET_LINES.map((line) => textOf(address, line)).filter(isPresent);
  const town = [textOf(address, 'CODE_POSTAL'), textOf(address, 'LIBELLE_POSTAL')]
    .filter(isPresent)
    .join(' ');
  const country = textOf(address, 'LL_PAYS');
  const abroad = country !== undefined && country.toUpperCase() !== 'FRANCE';
  return [...street, ...(town === '' ? [] : [town]), ...(abroad ? [country] : [])];
};

const isPresent = (text: string | undefined): text is string => text !== undefined;
