/** Web addresses in a text someone typed: only http and https, ended at a space or a closing bracket. */
const addressPattern = /(https?:\/\/[^\s<>"')\]]+)/g;

/**
 * Plain text with its web addresses made links, its line breaks kept: never HTML from the author. Each address
 * opens in a new tab, without giving that page a hold on this one.
 */
export const LinkedText = ({ text, class: className }: { text: string; class?: string }) => (
  <p class={className}>
    {text.split(addressPattern).map((part, index) =>
      index % 2 === 1 ? (
        <a key={index} href={part} target="_blank" rel="noopener noreferrer">
          {part}
        </a>
      ) : (
        part
      ),
    )}
  </p>
);
