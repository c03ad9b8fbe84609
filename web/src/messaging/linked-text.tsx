import { linkedParts } from './linked-parts';

/**
 * Plain text as people wrote it, with its web addresses as links: never HTML from users (Preact escapes the text),
 * and links open outside the portal without telling it where from.
 */
export const LinkedText = ({ text }: { text: string }) => (
  <p class="pre-line">
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
