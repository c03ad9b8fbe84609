import type { ComponentChildren } from 'preact';
import type { Me } from '#domain/people/read-me';
import type { Format } from '../i18n/format';
import type { School } from '../session/school';
import { LanguageSwitch } from './language-switch';
import { useMenuDrawer } from './use-menu-drawer';

interface BannerProps {
  school: School | undefined;
  /** The header search, for a signed-in person. */
  children?: ComponentChildren;
  /** The bell of notifications, for a signed-in person. */
  bell?: ComponentChildren;
  me: Me | undefined;
  format: Format;
  /** The site's menu, shown once someone is signed in. */
  nav?: ComponentChildren;
  /** The address shown: the drawer closes when it changes. */
  pathname: string;
  onSignOut: () => void;
  onLanguage: (language: string) => void;
}

/**
 * One bar: the school's name and the switch to the other language; once signed in, a menu button, and behind it
 * the menu, who is signed in, with which profiles, and the way out. Phones see the bar alone (the page starts
 * right under it); wide screens see everything, the menu on a row of its own.
 */
export const Banner = ({
  school,
  me,
  format,
  nav,
  pathname,
  onSignOut,
  onLanguage,
  children,
  bell,
}: BannerProps) => {
  const { messages } = format;
  const drawer = useMenuDrawer(pathname);
  return (
    <div class="banner__inner">
      {me && (
        <button type="button" class="button button--on-brand menu-button" {...drawer.buttonProps}>
          <span class="menu-button__icon" aria-hidden="true" />
          {messages.menuButton}
        </button>
      )}
      <div class="banner__title">
        {school && <p class="banner__app">{messages.appName}</p>}
        <h1 class="banner__school">{school?.name ?? messages.appName}</h1>
      </div>
      {children}
      {bell}
      <LanguageSwitch format={format} onLanguage={onLanguage} />
      {me && (
        <div class={drawer.open ? 'menu-drawer menu-drawer--open' : 'menu-drawer'} {...drawer.panelProps}>
          {nav}
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
        </div>
      )}
      {me && drawer.open && <div class="menu-backdrop" aria-hidden="true" onClick={drawer.close} />}
    </div>
  );
};
