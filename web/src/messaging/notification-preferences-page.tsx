import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  type DeliveryChoice,
  deliveryChoices,
  type NotificationPreferences,
  notificationKinds,
} from '#domain/messaging/notification';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { ChoiceField } from '../planning/fields';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { notificationsPath } from './notification-bell';

/** `/notifications/preferences`: per kind, right away, in the daily digest or nothing; quiet hours; this device. */
export const NotificationPreferencesPage = ({ api, format }: { api: Api; format: Format; me: Me }) => {
  const words = format.messages.notifications;
  const load = useCallback((signal: AbortSignal) => api.notificationPreferences(signal), [api]);
  const { state, retry } = useLoad(load);
  return (
    <section class="page notifications" aria-labelledby="notification-preferences-title">
      <h2 id="notification-preferences-title">{words.preferences.title}</h2>
      <p class="page__intro">{words.preferences.intro}</p>
      <Loaded state={state} format={format} retry={retry}>
        {(saved) => <PreferencesForm api={api} format={format} saved={saved} />}
      </Loaded>
      <PushSwitch api={api} format={format} />
      <p>
        <Link href={notificationsPath}>{words.preferences.back}</Link>
      </p>
    </section>
  );
};

const PreferencesForm = ({
  api,
  format,
  saved,
}: {
  api: Api;
  format: Format;
  saved: NotificationPreferences;
}) => {
  const words = format.messages.notifications;
  const [preferences, setPreferences] = useState(saved);
  const [news, setNews] = useState<{ good?: string; bad?: string }>({});
  const choose = (kind: keyof NotificationPreferences['choices'], choice: DeliveryChoice) =>
    setPreferences((now) => ({ ...now, choices: { ...now.choices, [kind]: choice } }));
  const save = async (event: Event) => {
    event.preventDefault();
    setNews({});
    try {
      setPreferences(await api.setNotificationPreferences(preferences));
      setNews({ good: words.preferences.saved });
    } catch (error) {
      setNews({ bad: format.fill(words.preferences.saveFailed, { reason: failureReason(error, format) }) });
    }
  };
  return (
    <form class="form notification-preferences" onSubmit={save}>
      {notificationKinds.map((kind) => (
        <ChoiceField
          key={kind}
          legend={words.kinds[kind]}
          value={preferences.choices[kind]}
          options={deliveryChoices.map((value) => ({ value, label: words.choices[value] }))}
          onValue={(choice) => choose(kind, choice)}
        />
      ))}
      <fieldset class="choices">
        <legend>{words.preferences.quiet}</legend>
        <label class="choice__option">
          <input
            type="checkbox"
            checked={preferences.quietHours}
            onChange={(event) =>
              setPreferences((now) => ({ ...now, quietHours: event.currentTarget.checked }))
            }
          />
          {words.preferences.quietHours}
        </label>
        <label class="choice__option">
          <input
            type="checkbox"
            checked={preferences.quietWeekends}
            onChange={(event) =>
              setPreferences((now) => ({ ...now, quietWeekends: event.currentTarget.checked }))
            }
          />
          {words.preferences.quietWeekends}
        </label>
        <p class="field__hint">{words.preferences.quietHint}</p>
      </fieldset>
      <FormAlert id="notification-preferences-alert" message={news.bad} />
      {news.good && (
        <p class="notice" role="status">
          {news.good}
        </p>
      )}
      <button type="submit" class="button button--primary">
        {words.preferences.save}
      </button>
    </form>
  );
};

/** A VAPID public key, URL-safe base64, as the bytes PushManager wants. */
const keyBytes = (base64url: string) => {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (character) => character.charCodeAt(0));
};

type PushState = 'unsupported' | 'denied' | 'on' | 'off' | 'checking';

/** Pushes to this browser: on with the school's key (the service worker shows them), off again. */
const PushSwitch = ({ api, format }: { api: Api; format: Format }) => {
  const words = format.messages.notifications.push;
  const [state, setState] = useState<PushState>('checking');
  const [problem, setProblem] = useState<string>();
  const supported =
    typeof navigator !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window;
  useEffect(() => {
    if (!supported) return setState('unsupported');
    if (Notification.permission === 'denied') return setState('denied');
    navigator.serviceWorker.getRegistration().then(
      async (registration) => setState((await registration?.pushManager.getSubscription()) ? 'on' : 'off'),
      () => setState('off'),
    );
  }, [supported]);

  const turnOn = async () => {
    setProblem(undefined);
    try {
      if ((await Notification.requestPermission()) !== 'granted') return setState('denied');
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(await api.pushKey()),
      });
      await api.subscribePush(subscription.toJSON());
      setState('on');
    } catch (error) {
      setProblem(format.fill(words.failed, { reason: failureReason(error, format) }));
    }
  };
  const turnOff = async () => {
    setProblem(undefined);
    try {
      const registration = await navigator.serviceWorker.getRegistration();
      const subscription = await registration?.pushManager.getSubscription();
      if (subscription) {
        await api.unsubscribePush(subscription.endpoint);
        await subscription.unsubscribe();
      }
      setState('off');
    } catch (error) {
      setProblem(format.fill(words.failed, { reason: failureReason(error, format) }));
    }
  };

  return (
    <section class="notification-push" aria-labelledby="notification-push-title">
      <h3 id="notification-push-title">{words.legend}</h3>
      {state === 'unsupported' && <p class="notice">{words.unsupported}</p>}
      {state === 'denied' && <p class="notice">{words.denied}</p>}
      {state === 'on' && (
        <>
          <p>{words.isOn}</p>
          <button type="button" class="button" onClick={turnOff}>
            {words.turnOff}
          </button>
        </>
      )}
      {state === 'off' && (
        <button type="button" class="button" onClick={turnOn}>
          {words.turnOn}
        </button>
      )}
      <FormAlert id="notification-push-alert" message={problem} />
    </section>
  );
};
