import { useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { TextField } from '../shell/forms/text-field';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import {
  checkCodeRequest,
  checkPasswordResetForm,
  describePasswordResetError,
  type PasswordResetForm,
  type PasswordResetProblem,
} from './password-reset-form';
import { PasswordRules } from './password-rules-list';

interface PasswordResetPageProps {
  api: Api;
  format: Format;
  /** The username typed on the sign-in page, if any. */
  username: string;
}

type Step = { name: 'ask' } | { name: 'reset'; username: string } | { name: 'done'; username: string };

/**
 * « Mot de passe oublié »: the username, then the code the mail gave and a new password. The page says the same
 * whatever the username, and tells those without an e-mail address to ask the school for a new activation code.
 */
export const PasswordResetPage = ({ api, format, username }: PasswordResetPageProps) => {
  const { passwordReset } = format.messages;
  const [step, setStep] = useState<Step>({ name: 'ask' });
  return (
    <section class="page page--narrow" aria-labelledby="password-reset-title">
      <h2 id="password-reset-title">{passwordReset.title}</h2>
      {step.name === 'ask' && (
        <AskForCode
          api={api}
          format={format}
          username={username}
          onSent={(sentTo) => setStep({ name: 'reset', username: sentTo })}
        />
      )}
      {step.name === 'reset' && (
        <ChooseNewPassword
          api={api}
          format={format}
          username={step.username}
          onDone={() => setStep({ name: 'done', username: step.username })}
          onAskAgain={() => setStep({ name: 'ask' })}
        />
      )}
      {step.name === 'done' && (
        <div class="stack">
          <p class="notice notice--ok" role="status">
            {passwordReset.done}
          </p>
          <Link href={paths.signIn(step.username)} class="button">
            {passwordReset.signIn}
          </Link>
        </div>
      )}
    </section>
  );
};

interface AskForCodeProps extends PasswordResetPageProps {
  onSent: (username: string) => void;
}

const AskForCode = ({ api, format, username: knownUsername, onSent }: AskForCodeProps) => {
  const { passwordReset } = format.messages;
  const [username, setUsername] = useState(knownUsername);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<PasswordResetProblem>();
  const usernameInput = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const show = (found: PasswordResetProblem) => {
    setProblem(found);
    usernameInput.current?.focus();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = checkCodeRequest(username, format);
    if (found) return show(found);
    setSending(true);
    setProblem(undefined);
    const typed = username.trim();
    api.requestPasswordReset(typed).then(
      () => onSent(typed),
      (error: unknown) => {
        setSending(false);
        show(describePasswordResetError(error, format));
      },
    );
  };

  return (
    <>
      <p class="page__intro">{passwordReset.intro}</p>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={passwordReset.username}
          value={username}
          onValue={setUsername}
          autocomplete="username"
          errorId={problem ? errorId : undefined}
          inputRef={usernameInput}
        />
        <FormAlert id={errorId} message={problem?.message} />
        <button type="submit" class="button" aria-disabled={sending}>
          {passwordReset.askSubmit}
        </button>
        <p class="form__status" role="status">
          {sending && passwordReset.asking}
        </p>
      </form>
      <p class="page__aside">{passwordReset.noEmail}</p>
    </>
  );
};

interface ChooseNewPasswordProps {
  api: Api;
  format: Format;
  username: string;
  onDone: () => void;
  onAskAgain: () => void;
}

const ChooseNewPassword = ({ api, format, username, onDone, onAskAgain }: ChooseNewPasswordProps) => {
  const { passwordReset } = format.messages;
  const [form, setForm] = useState<PasswordResetForm>({ username, code: '', password: '', confirmation: '' });
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<PasswordResetProblem>();
  const inputs = {
    username: useRef<HTMLInputElement>(null),
    code: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    confirmation: useRef<HTMLInputElement>(null),
  };
  const errorId = useId();
  const rulesId = useId();
  const change = (field: keyof PasswordResetForm) => (value: string) => setForm({ ...form, [field]: value });
  const errorOn = (field: keyof PasswordResetForm) => (problem?.field === field ? errorId : undefined);

  const show = (found: PasswordResetProblem) => {
    setProblem(found);
    if (found.field) inputs[found.field].current?.focus();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = checkPasswordResetForm(form, format);
    if (found) return show(found);
    setSending(true);
    setProblem(undefined);
    api
      .resetPassword({ username, code: form.code.trim(), password: form.password })
      .then(onDone, (error: unknown) => {
        setSending(false);
        show(describePasswordResetError(error, format));
      });
  };

  return (
    <>
      <div class="notice" role="status">
        <p>{passwordReset.sent}</p>
        <p>{passwordReset.noEmail}</p>
      </div>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={passwordReset.code}
          value={form.code}
          onValue={change('code')}
          autocomplete="one-time-code"
          errorId={errorOn('code')}
          inputRef={inputs.code}
        />
        <TextField
          label={passwordReset.password}
          value={form.password}
          onValue={change('password')}
          type="password"
          autocomplete="new-password"
          hintId={rulesId}
          errorId={errorOn('password')}
          inputRef={inputs.password}
        />
        <PasswordRules id={rulesId} password={form.password} format={format} />
        <TextField
          label={passwordReset.confirmation}
          value={form.confirmation}
          onValue={change('confirmation')}
          type="password"
          autocomplete="new-password"
          errorId={errorOn('confirmation')}
          inputRef={inputs.confirmation}
        />
        <FormAlert id={errorId} message={problem?.message} />
        <button type="submit" class="button" aria-disabled={sending}>
          {passwordReset.submit}
        </button>
        <p class="form__status" role="status">
          {sending && passwordReset.submitting}
        </p>
      </form>
      <p class="page__aside">
        <button type="button" class="button button--secondary" onClick={onAskAgain}>
          {passwordReset.askAgain}
        </button>
      </p>
    </>
  );
};
