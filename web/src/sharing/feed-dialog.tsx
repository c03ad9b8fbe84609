import { useId } from 'preact/hooks';
import { Modal } from '../planning/modal';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { CopyLink } from './copy-link';
import type { FeedWithLinks } from './sharing-types';

interface FeedDialogProps {
  format: Format;
  links: Required<FeedWithLinks>;
  /** One's own planning (or one's child's): the link is personal. Otherwise a planner shares it with others. */
  own: boolean;
  onClose: () => void;
}

/** A feed just made: its link to copy or open in the calendar app, how to subscribe, and how to revoke it. */
export const FeedDialog = ({ format, links, own, onClose }: FeedDialogProps) => {
  const texts = format.messages.sharing.dialog;
  const howToId = useId();
  return (
    <Modal title={own ? texts.ownTitle : texts.shareTitle} closeLabel={texts.close} onClose={onClose}>
      <p>{format.fill(texts.intro, { name: links.feed.name })}</p>
      <CopyLink label={texts.link} url={links.url} format={format} />
      <p>
        <a class="button" href={links.webcalUrl}>
          {texts.openApp}
        </a>
      </p>
      <section class="how-to" aria-labelledby={howToId}>
        <h4 id={howToId}>{texts.howTo}</h4>
        <ul>
          {texts.steps.map(({ app, text }) => (
            <li key={app}>
              <strong>{app}</strong>
              {texts.appSeparator}
              {text}
            </li>
          ))}
        </ul>
      </section>
      <p class="notice">
        {own ? texts.ownNote : texts.shareNote} <Link href={paths.sharing}>{texts.manage}</Link>.
      </p>
    </Modal>
  );
};
