/** A piece of a message's text: words as they are, or a web address to make a link of. */
export type TextPart = { text: string } | { link: string };

/** http(s) addresses only: never `javascript:` or `data:`, which a typed text could hold. */
const addressPattern = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence rather than the address it follows. */
const trailing = /[.,;:!?)»]+$/;

/**
 * A message's plain text cut into words and web addresses. The page renders each piece as text (Preact escapes
 * it) or as a link: no HTML from the person who wrote it ever reaches the page.
 */
export const linkParts = (text: string): TextPart[] => {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(addressPattern)) {
    const address = match[0].replace(trailing, '');
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ link: address });
    last = start + address.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
};
