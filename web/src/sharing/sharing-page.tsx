import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { publishesSharing } from '../people/abilities';
import type { Me } from '../people/person';
import type { Format } from '../shell/i18n/format';
import { FeedList } from './feed-list';
import { MiniSiteForm } from './mini-site-form';
import { MiniSiteList } from './mini-site-list';
import { ShareFeedButton } from './share-feed-button';

interface SharingPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/**
 * `/partage`: everyone's own calendar feeds, to add (their planning, their children's), copy and revoke; planners
 * also see every active feed of the school, the mini-sites online, and compose new ones.
 */
export const SharingPage = ({ api, format, me }: SharingPageProps) => {
  const texts = format.messages.sharing;
  const publishes = publishesSharing(me.profiles);
  // Every change made here reloads the lists: a revoked feed also leaves the school's list, and so on.
  const [changes, setChanges] = useState(0);
  const [notice, setNotice] = useState<string>();
  const changed = (message?: string) => {
    setNotice(message);
    setChanges((count) => count + 1);
  };

  return (
    <section class="page sharing" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{texts.title}</h2>
      <p class="page__intro">{texts.intro}</p>
      <p class="form__status" role="status">
        {notice}
      </p>
      <section class="sheet__section" aria-labelledby="own-feeds-title">
        <h3 id="own-feeds-title">{texts.feeds.mine}</h3>
        <p class="muted">{texts.feeds.mineIntro}</p>
        <div class="sharing__add">
          <ShareFeedButton
            api={api}
            format={format}
            selection={{ kind: 'person', id: me.personId }}
            own
            label={texts.addMine}
            onCreated={() => changed()}
          />
          {me.children.map((child) => (
            <ShareFeedButton
              key={child.personId}
              api={api}
              format={format}
              selection={{ kind: 'person', id: child.personId }}
              own
              label={format.message(texts.addChild, { name: format.fullName(child) })}
              onCreated={() => changed()}
            />
          ))}
        </div>
        <FeedList key={`own-${changes}`} api={api} format={format} all={false} onRevoked={changed} />
      </section>
      {publishes && (
        <>
          <section class="sheet__section" aria-labelledby="all-feeds-title">
            <h3 id="all-feeds-title">{texts.feeds.all}</h3>
            <FeedList key={`all-${changes}`} api={api} format={format} all onRevoked={changed} />
          </section>
          <section class="sheet__section" aria-labelledby="mini-sites-title">
            <h3 id="mini-sites-title">{texts.sites.title}</h3>
            <p class="muted">{texts.sites.intro}</p>
            <MiniSiteList key={`sites-${changes}`} api={api} format={format} onRevoked={changed} />
          </section>
          <MiniSiteForm api={api} format={format} onPublished={() => changed()} />
        </>
      )}
    </section>
  );
};
