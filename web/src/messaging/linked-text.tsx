/** Web addresses in what people write: `http(s)://` up to a space, without a final punctuation mark. */
const links = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]/g;

/**
 * Plain text as people wrote it, with its web addresses as links and its line breaks kept: never HTML from users
 * (Preact escapes the text), and links open outside the portal without telling it where from. Messages, notes of
 * the liaison book and work groups' discussions all show their text through it.
 */
export const LinkedText = ({ text, class: className }: { text: string; class?: string }) => {
  const parts: (string | { href: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(links)) {
    parts.push(text.slice(last, match.index), { href: match[0] });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <p class={className ? `pre-line ${className}` : 'pre-line'}>
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
