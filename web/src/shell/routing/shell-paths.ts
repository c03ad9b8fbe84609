/**
 * The addresses the shell itself links to: home, signing in, activating an account and resetting a password. The
 * app's table adds the rest.
 */
export const shellPaths = {
  home: '/',
  signIn: (username?: string) =>
    username ? `/connexion?${new URLSearchParams({ identifiant: username })}` : '/connexion',
  activation: '/activation',
  /** « Mot de passe oublié ? », with the username typed on the sign-in page if any. */
  passwordReset: (username?: string) =>
    username
      ? `/mot-de-passe-oublie?${new URLSearchParams({ identifiant: username })}`
      : '/mot-de-passe-oublie',
};
