/** Web addresses in what people write: `http(s)://` up to a space, without a final punctuation mark. */
const links = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]/g;

/**
 * Plain text as people wrote it, with its web addresses as links: never HTML from users (Preact escapes the text),
 * and links open outside the portal without telling it where from.
 */
export const LinkedText = ({ text }: { text: string }) => {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(links)) {
    parts.push(text.slice(last, match.index), { href: match[0] });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <p class="pre-line">
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={index} href={part.href} rel="noopener noreferrer nofollow" target="_blank">
            {part.href}
          </a>
        ),
      )}
    </p>
  );
};
