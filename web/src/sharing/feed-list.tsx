import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { CopyLink } from './copy-link';
import type { CalendarFeed, FeedWithLinks } from './sharing-types';

interface FeedListProps {
  api: Api;
  format: Format;
  /** Every active feed of the school (planners), with who made each; otherwise one's own, revoked ones too. */
  all: boolean;
  onRevoked: (message: string) => void;
}

/** Calendar feeds, each with its link to copy and « Révoquer », which asks first. */
export const FeedList = ({ api, format, all, onRevoked }: FeedListProps) => {
  const texts = format.messages.sharing.feeds;
  const load = useCallback((signal: AbortSignal) => api.feeds(all, signal), [api, all]);
  const { state, retry } = useLoad(load);
  const [revoking, setRevoking] = useState<CalendarFeed>();
  const [error, setError] = useState<string>();
  const errorId = `${all ? 'all' : 'own'}-feeds-error`;

  const revoke = async (feed: CalendarFeed) => {
    setRevoking(undefined);
    setError(undefined);
    try {
      await api.revokeFeed(feed.feedId);
      onRevoked(format.fill(texts.revokedDone, { name: feed.name }));
    } catch (failure) {
      setError(format.fill(texts.revokeFailed, { reason: failureReason(failure, format) }));
    }
  };

  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const feeds = [...state.value].sort(activeThenNewest);
  return (
    <>
      <FormAlert id={errorId} message={error} />
      {feeds.length === 0 ? (
        <p class="muted">{all ? texts.allNone : texts.none}</p>
      ) : (
        <ul class="shared-list">
          {feeds.map(({ feed, url }) => (
            <li key={feed.feedId} class="shared-item">
              <p class="shared-item__name">
                {feed.name}
                {feed.status === 'revoked' && <span class="badge badge--muted">{texts.revoked}</span>}
              </p>
              <p class="muted">
                {format.fill(all ? texts.createdBy : texts.createdOn, {
                  name: feed.createdBy.name,
                  date: format.instant(feed.createdAt),
                })}
                {feed.status === 'active' &&
                  ` · ${format.fill(texts.until, { date: format.date(feed.expiresAt.slice(0, 10)) })}`}
              </p>
              {url && <CopyLink label={texts.link} url={url} format={format} context={feed.name} />}
              {feed.status === 'active' && (
                <p>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => setRevoking(feed)}
                  >
                    {texts.revoke}
                    <span class="visually-hidden"> — {feed.name}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== undefined}
        title={texts.revokeTitle}
        text={format.fill(texts.revokeText, { name: revoking?.name ?? '' })}
        confirmLabel={texts.revoke}
        cancelLabel={texts.keep}
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(undefined)}
      />
    </>
  );
};

const activeThenNewest = (a: FeedWithLinks, b: FeedWithLinks) =>
  Number(a.feed.status === 'revoked') - Number(b.feed.status === 'revoked') ||
  b.feed.createdAt.localeCompare(a.feed.createdAt);
