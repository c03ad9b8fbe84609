import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ConfirmDialog } from '../shell/forms/confirm-dialog';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { CopyLink } from './copy-link';
import type { MiniSite } from './sharing-types';

interface MiniSiteListProps {
  api: Api;
  format: Format;
  onRevoked: (message: string) => void;
}

/** The school's mini-sites online: their address to copy or open, and « Mettre hors ligne », which asks first. */
export const MiniSiteList = ({ api, format, onRevoked }: MiniSiteListProps) => {
  const texts = format.messages.sharing.sites;
  const load = useCallback((signal: AbortSignal) => api.miniSites(signal), [api]);
  const { state, retry } = useLoad(load);
  const [revoking, setRevoking] = useState<MiniSite>();
  const [error, setError] = useState<string>();

  const revoke = async (site: MiniSite) => {
    setRevoking(undefined);
    setError(undefined);
    try {
      await api.revokeMiniSite(site.siteId);
      onRevoked(format.fill(texts.offlineDone, { name: site.name }));
    } catch (failure) {
      setError(format.fill(texts.offlineFailed, { reason: failureReason(failure, format) }));
    }
  };

  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const sites = [...state.value].sort((a, b) => b.site.createdAt.localeCompare(a.site.createdAt));
  return (
    <>
      <FormAlert id="mini-sites-error" message={error} />
      {sites.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="shared-list">
          {sites.map(({ site, url }) => (
            <li key={site.siteId} class="shared-item">
              <p class="shared-item__name">{site.name}</p>
              <p class="muted">
                {format.count(texts.tabCount, site.tabs.length)} · {texts.languages[site.locale]} ·{' '}
                {format.instant(site.createdAt)}
              </p>
              {url && (
                <>
                  <CopyLink label={texts.address} url={url} format={format} context={site.name} />
                  <p class="shared-item__actions">
                    <a class="button button--small" href={url} target="_blank" rel="noopener noreferrer">
                      {texts.open}
                      <span class="visually-hidden">
                        {' '}
                        {site.name} {texts.newTab}
                      </span>
                    </a>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() => setRevoking(site)}
                    >
                      {texts.offline}
                      <span class="visually-hidden"> — {site.name}</span>
                    </button>
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== undefined}
        title={texts.offlineTitle}
        text={format.fill(texts.offlineText, { name: revoking?.name ?? '' })}
        confirmLabel={texts.offline}
        cancelLabel={texts.keep}
        onConfirm={() => revoking && revoke(revoking)}
        onCancel={() => setRevoking(undefined)}
      />
    </>
  );
};
