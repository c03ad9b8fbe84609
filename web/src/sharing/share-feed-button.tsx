import { useState } from 'preact/hooks';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { FeedDialog } from './feed-dialog';
import type { FeedSelection, FeedWithLinks } from './sharing-types';

interface ShareFeedButtonProps {
  api: Api;
  format: Format;
  selection: FeedSelection;
  /** One's own planning or one's child's: the link made is personal, and made once. */
  own: boolean;
  /** The button's words; by default « Ajouter à mon agenda » or « Partager ». */
  label?: string;
  onCreated?: () => void;
}

type ShareState =
  | { status: 'idle' }
  | { status: 'creating' }
  | { status: 'shown'; links: Required<FeedWithLinks> }
  | { status: 'failed'; error: unknown };

/** Whose planning a person adds to their own calendar: their own, or their child's. */
export const isOwnPlanning = (me: Me, selection: FeedSelection) =>
  selection.kind === 'person' &&
  (selection.id === me.personId || me.children.some((child) => child.personId === selection.id));

/**
 * Makes a calendar feed of a planning in one click and shows its link in a dialog. One's own planning gets the
 * personal link one already has, if any, so that clicking again does not scatter live links.
 */
export const ShareFeedButton = ({ api, format, selection, own, label, onCreated }: ShareFeedButtonProps) => {
  const texts = format.messages.sharing;
  const [state, setState] = useState<ShareState>({ status: 'idle' });
  const creating = state.status === 'creating';
  // « Partager » alone does not say what is shared: its accessible name does.
  const spokenLabel = own || label || creating ? undefined : texts.shareLabel;

  const share = async () => {
    if (creating) return;
    setState({ status: 'creating' });
    try {
      const existing = own ? await activeFeedOf(api, selection) : undefined;
      const links = existing ?? (await api.createFeed(selection));
      setState({ status: 'shown', links });
      if (!existing) onCreated?.();
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <div class="share-feed">
      <button
        type="button"
        class={own ? 'button' : 'button button--secondary'}
        aria-disabled={creating}
        aria-label={spokenLabel}
        onClick={share}
      >
        {creating ? texts.creating : (label ?? (own ? texts.addOwn : texts.share))}
      </button>
      <div role="alert" class="form__alert">
        {state.status === 'failed' && (
          <p class="notice notice--error">
            {state.error instanceof ApiError && state.error.status === 403
              ? texts.forbidden
              : format.fill(texts.createFailed, { reason: failureReason(state.error, format) })}
          </p>
        )}
      </div>
      {state.status === 'shown' && (
        <FeedDialog
          format={format}
          links={state.links}
          own={own}
          onClose={() => setState({ status: 'idle' })}
        />
      )}
    </div>
  );
};

const activeFeedOf = async (api: Api, { kind, id }: FeedSelection) => {
  const found = (await api.feeds(false)).find(
    ({ feed, url, webcalUrl }) =>
      feed.status === 'active' &&
      feed.selection.kind === kind &&
      feed.selection.id === id &&
      url &&
      webcalUrl,
  );
  return found as Required<FeedWithLinks> | undefined;
};
