import { useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { ActivatedAccount } from '../people/person';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { TextField } from '../shell/forms/text-field';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import {
  type ActivationForm,
  type ActivationProblem,
  checkActivationForm,
  describeActivationError,
} from './activation-form';
import { PasswordRules } from './password-rules-list';

interface ActivationPageProps {
  api: Api;
  format: Format;
  /** The code of the link in the activation letter, if it came with one. */
  code: string;
}

/** « Activer mon compte »: the code of the letter and a new password open the account. */
export const ActivationPage = ({ api, format, code }: ActivationPageProps) => {
  const [account, setAccount] = useState<ActivatedAccount>();
  return (
    <section class="page page--narrow" aria-labelledby="activation-title">
      <h2 id="activation-title">{format.messages.activation.title}</h2>
      {account ? (
        <AccountReady account={account} format={format} />
      ) : (
        <ActivationFormView api={api} format={format} code={code} onActivated={setAccount} />
      )}
    </section>
  );
};

interface ActivationFormViewProps extends ActivationPageProps {
  onActivated: (account: ActivatedAccount) => void;
}

const ActivationFormView = ({ api, format, code, onActivated }: ActivationFormViewProps) => {
  const { activation } = format.messages;
  const [form, setForm] = useState<ActivationForm>({ code, password: '', confirmation: '' });
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<ActivationProblem>();
  const inputs = {
    code: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    confirmation: useRef<HTMLInputElement>(null),
  };
  const errorId = useId();
  const rulesId = useId();
  const change = (field: keyof ActivationForm) => (value: string) => setForm({ ...form, [field]: value });
  const errorOn = (field: keyof ActivationForm) =>
    problem?.field === field || problem?.alsoOn?.includes(field) ? errorId : undefined;

  const show = (found: ActivationProblem) => {
    setProblem(found);
    if (found.field) inputs[found.field].current?.focus();
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = checkActivationForm(form, format);
    if (found) return show(found);
    setSending(true);
    setProblem(undefined);
    api.activate(form.code.trim(), form.password).then(onActivated, (error: unknown) => {
      setSending(false);
      show(describeActivationError(error, format));
    });
  };

  return (
    <>
      <p class="page__intro">{activation.intro}</p>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={activation.code}
          value={form.code}
          onValue={change('code')}
          autocomplete="one-time-code"
          autocapitalize="characters"
          errorId={errorOn('code')}
          inputRef={inputs.code}
        />
        <TextField
          label={activation.password}
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
          label={activation.confirmation}
          value={form.confirmation}
          onValue={change('confirmation')}
          type="password"
          autocomplete="new-password"
          errorId={errorOn('confirmation')}
          inputRef={inputs.confirmation}
        />
        <FormAlert id={errorId} message={problem?.message} />
        <button type="submit" class="button" aria-disabled={sending}>
          {activation.submit}
        </button>
        <p class="form__status" role="status">
          {sending && activation.submitting}
        </p>
      </form>
    </>
  );
};

const AccountReady = ({ account, format }: { account: ActivatedAccount; format: Format }) => {
  const { activation } = format.messages;
  return (
    <div class="stack">
      <div class="notice notice--ok" role="status">
        <p>{format.fill(activation.welcome, { name: format.fullName(account) })}</p>
        <p class="notice__main">{format.fill(activation.ready, { username: account.username })}</p>
        <p>{activation.keepUsername}</p>
      </div>
      <Link href={paths.signIn(account.username)} class="button">
        {activation.signIn}
      </Link>
    </div>
  );
};
