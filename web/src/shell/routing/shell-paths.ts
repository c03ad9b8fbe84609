/** The addresses the shell itself links to: home, signing in and activating an account. The app's table adds the rest. */
export const shellPaths = {
  home: '/',
  signIn: (username?: string) =>
    username ? `/connexion?${new URLSearchParams({ identifiant: username })}` : '/connexion',
  activation: '/activation',
};
