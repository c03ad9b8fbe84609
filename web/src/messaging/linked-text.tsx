import { linkedParts } from './linked-parts';

/**
 * Plain text as people wrote it, with its web addresses as links and its line breaks kept: never HTML from users
 * (Preact escapes the text), and links open outside the portal without telling it where from. Messages, notes of
 * the liaison book and work groups' discussions all show their text through it.
 */
export const LinkedText = ({ text, class: className }: { text: string; class?: string }) => (
  <p class={className ? `pre-line ${className}` : 'pre-line'}>
    {linkedParts(text).map((part, index) =>
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
