/**
 * An XML element as fast-xml-parser returns it: children by name (an array when repeated), attributes under
 * `ATTRIBUTE_PREFIX`, text under `#text` when the element also has attributes, and a bare string for an element
 * that holds only text (or nothing).
 */
export interface XmlElement {
  readonly [name: string]: XmlValue;
}

export type XmlValue = string | XmlElement | XmlValue[] | undefined;

export const ATTRIBUTE_PREFIX = '@_';

/** The trimmed text of the first child named `name`; undefined when absent or blank (SIECLE pads with spaces). */
export const textOf = (element: XmlElement, name: string): string | undefined => {
  const [child] = valuesOf(element[name]);
  const text = isElement(child) ? child['#text'] : child;
  return nonBlank(text);
};

export const attributeOf = (element: XmlElement, name: string): string | undefined =>
  nonBlank(element[ATTRIBUTE_PREFIX + name]);

/** The elements at the end of a path of child names, such as `DONNEES`, `ELEVES`, `ELEVE`. */
export const elementsAt = (element: XmlElement, ...path: string[]): XmlElement[] =>
  path.reduce<XmlElement[]>(
    (parents, name) => parents.flatMap((parent) => valuesOf(parent[name]).filter(isElement)),
    [element],
  );

export const elementAt = (element: XmlElement, ...path: string[]): XmlElement | undefined =>
  elementsAt(element, ...path)[0];

export const isElement = (value: XmlValue): value is XmlElement =>
  typeof value === 'object' && !Array.isArray(value);

const valuesOf = (value: XmlValue): XmlValue[] => (Array.isArray(value) ? value : [value]);

const nonBlank = (value: XmlValue): string | undefined => {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? undefined : text;
};
