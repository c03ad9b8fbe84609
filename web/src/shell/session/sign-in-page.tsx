import { useId, useRef, useState } from 'preact/hooks';
import { FormAlert } from '../forms/form-alert';
import { TextField } from '../forms/text-field';
import type { Format } from '../i18n/format';
import { Link } from '../routing/link';
import { shellPaths as paths } from '../routing/shell-paths';
import { describeSignInError } from './sign-in-error';

interface SignInPageProps {
  format: Format;
  /** Filled in when the person comes from their activation. */
  username: string;
  onSignIn: (username: string, password: string) => Promise<void>;
}

/** « Connexion »: username and password; once signed in, the app shows the page that was asked for. */
export const SignInPage = ({ format, username: knownUsername, onSignIn }: SignInPageProps) => {
  const { signIn } = format.messages;
  const [username, setUsername] = useState(knownUsername);
  const [password, setPassword] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!username.trim() || !password) {
      setError(signIn.missingFields);
      (username.trim() ? passwordInput : usernameInput).current?.focus();
      return;
    }
    setSending(true);
    setError(undefined);
    onSignIn(username.trim(), password).catch((failure: unknown) => {
      setError(describeSignInError(failure, format));
      setPassword('');
      setSending(false);
      passwordInput.current?.focus();
    });
  };

  return (
    <section class="page page--narrow" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{signIn.title}</h2>
      <p class="page__intro">{signIn.intro}</p>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={signIn.username}
          value={username}
          onValue={setUsername}
          autocomplete="username"
          errorId={error ? errorId : undefined}
          inputRef={usernameInput}
        />
        <TextField
          label={signIn.password}
          value={password}
          onValue={setPassword}
          type="password"
          autocomplete="current-password"
          errorId={error ? errorId : undefined}
          inputRef={passwordInput}
        />
        <FormAlert id={errorId} message={error} />
        <button type="submit" class="button" aria-disabled={sending}>
          {signIn.submit}
        </button>
        <p class="form__status" role="status">
          {sending && signIn.submitting}
        </p>
      </form>
      <p class="page__aside">
        <Link href={paths.passwordReset(username.trim())}>{signIn.forgotPassword}</Link>
      </p>
      <p class="page__aside">
        {signIn.firstTime} <Link href={paths.activation}>{signIn.activate}</Link>
      </p>
    </section>
  );
};
