import type { ComponentChildren } from 'preact';
import type { Me } from '#domain/people/read-me';
import type { Format } from '../i18n/format';
import type { School } from '../session/school';
import { LanguageSwitch } from './language-switch';

interface BannerProps {
  school: School | undefined;
  /** The header search, for a signed-in person. */
  children?: ComponentChildren;
  me: Me | undefined;
  format: Format;
  onSignOut: () => void;
  onLanguage: (language: string) => void;
}

/**
 * The school's name and the switch to the other language; once signed in, who is signed in, with which profiles,
 * and the way out.
 */
export const Banner = ({ school, me, format, onSignOut, onLanguage, children }: BannerProps) => {
  const { messages } = format;
  return (
    <div class="banner__inner">
      <div class="banner__title">
        {school && <p class="banner__app">{messages.appName}</p>}
        <h1 class="banner__school">{school?.name ?? messages.appName}</h1>
      </div>
      {children}
      <LanguageSwitch format={format} onLanguage={onLanguage} />
      {me && (
        <section class="banner__account" aria-label={messages.account.label}>
          <p class="banner__person">{format.fullName(me)}</p>
          <ul class="banner__profiles" aria-label={messages.account.profiles}>
            {me.profiles.map((profile) => (
              <li key={profile} class="badge badge--on-brand">
                {format.profile(profile)}
              </li>
            ))}
          </ul>
          <button type="button" class="button button--on-brand" onClick={onSignOut}>
            {messages.account.signOut}
          </button>
        </section>
      )}
    </div>
  );
};
