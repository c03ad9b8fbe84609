/** Web addresses in what people write: `http(s)://` up to a space, without a final punctuation mark. */
const links = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]/g;

/** A text cut into its plain parts and its web addresses, in order. */
export const linkedParts = (text: string): (string | { href: string })[] => {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(links)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ href: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
};
