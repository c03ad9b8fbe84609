import { linkParts } from './linkify';

/** A message's text as typed, its line breaks kept, its web addresses made links that open apart. */
export const MessageText = ({ text }: { text: string }) => (
  <p class="pre-line message-text">
    {linkParts(text).map((part, index) =>
      'link' in part ? (
        <a key={index} href={part.link} rel="noopener noreferrer nofollow" target="_blank">
          {part.link}
        </a>
      ) : (
        part.text
      ),
    )}
  </p>
);
