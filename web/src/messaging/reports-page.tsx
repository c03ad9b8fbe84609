import { useState } from 'preact/hooks';
import type { ReportView } from '#domain/messaging/report-message';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';

interface PageProps {
  api: Api;
  format: Format;
  me: Me;
}

export const moderatesMessages = (me: Pick<Me, 'profiles'>) => me.profiles.includes('school-admin');

/** « Signalements »: the messages recipients reported, with their content; withdraw one, suspend its sender. */
export const ReportsPage = ({ api, format, me }: PageProps) => {
  const words = format.messages.messagingSafety;
  return (
    <section class="page" aria-labelledby="message-reports-title">
      <h2 id="message-reports-title">{words.reportsTitle}</h2>
      {moderatesMessages(me) ? (
        <ReportList api={api} format={format} />
      ) : (
        <p class="notice">{words.reserved}</p>
      )}
    </section>
  );
};

const ReportList = ({ api, format }: Omit<PageProps, 'me'>) => {
  const words = format.messages.messagingSafety;
  const { state, retry } = useLoad(api.messageReports);
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setOutcome({ done });
      retry();
    } catch (error) {
      setOutcome({ error });
    }
  };
  return (
    <div class="stack">
      <div role="status">{outcome.done && <p class="notice notice--ok">{outcome.done}</p>}</div>
      {outcome.error !== undefined && (
        <p class="notice notice--error" role="alert">
          {failureReason(outcome.error, format)}
        </p>
      )}
      {state.value.reports.length === 0 ? (
        <p class="notice">{words.noReports}</p>
      ) : (
        <ul class="stack message-reports">
          {state.value.reports.map((report) => (
            <ReportItem
              key={`${report.messageId}-${report.reportedBy}`}
              report={report}
              format={format}
              onWithdraw={() =>
                globalThis.confirm?.(words.withdrawConfirm) !== false &&
                act(() => api.withdrawMessage(report.messageId), words.withdrawn)
              }
              onMute={(name, muted) =>
                act(
                  () =>
                    muted
                      ? api.unmutePerson(report.message?.senderId ?? '')
                      : api.mutePerson(report.message?.senderId ?? '', report.reason),
                  format.fill(muted ? words.unmuted : words.muted, { name }),
                )
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
};

interface ReportItemProps {
  report: ReportView;
  format: Format;
  onWithdraw: () => void;
  onMute: (senderName: string, muted: boolean) => void;
}

const ReportItem = ({ report, format, onWithdraw, onMute }: ReportItemProps) => {
  const words = format.messages.messagingSafety;
  const { message } = report;
  return (
    <li class="framed stack">
      {message && (
        <article class="stack" aria-label={message.subject}>
          <h3>{message.subject}</h3>
          <p>
            {format.fill(words.sentBy, { name: message.senderName, date: format.instant(message.sentAt) })}
          </p>
          {message.withdrawn ? (
            <p class="notice">{words.withdrawnNotice}</p>
          ) : (
            <p class="message-report__text">{message.text}</p>
          )}
        </article>
      )}
      <p>{format.fill(words.reportedBy, { name: report.reporterName, date: format.instant(report.at) })}</p>
      <p>{format.fill(words.reason, { reason: report.reason })}</p>
      {message && (
        <p class="form__actions">
          {!message.withdrawn && (
            <button type="button" class="button" onClick={onWithdraw}>
              {words.withdraw}
            </button>
          )}
          <button
            type="button"
            class="button button--secondary"
            onClick={() => onMute(message.senderName, report.senderMuted)}
          >
            {format.fill(report.senderMuted ? words.unmute : words.mute, { name: message.senderName })}
          </button>
        </p>
      )}
    </li>
  );
};
