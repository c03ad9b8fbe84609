import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { type LoadState, useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { AttachmentList, AttachmentPicker, useAttachments } from './attachments';
import { LinkedText } from './linked-text';
import type { Conversation } from './message-types';

interface ConversationPageProps {
  api: Api;
  format: Format;
  conversationId: string;
}

/** `/messagerie/{id}`: a conversation's messages, oldest first, and a reply box that says whom it reaches. */
export const ConversationPage = ({ api, format, conversationId }: ConversationPageProps) => {
  const texts = format.messages.messaging.conversation;
  const load = useCallback(
    (signal: AbortSignal) => api.conversation(conversationId, signal),
    [api, conversationId],
  );
  const { state, retry } = useLoad(load, { keepValue: true });
  // Loaded again after a reply: the thread stays on screen, and the reply box with its « Réponse envoyée ».
  const shown: LoadState<Conversation> =
    state.status === 'loading' && state.value ? { status: 'loaded', value: state.value } : state;
  return (
    <section class="page messaging" aria-labelledby="conversation-title">
      <p class="page__kicker">
        <Link href={paths.messages}>{texts.back}</Link>
      </p>
      <h2 id="conversation-title">
        {state.status !== 'failed' && state.value ? state.value.subject : format.messages.messaging.title}
      </h2>
      <Loaded state={shown} notFound={texts.notFound} format={format} retry={retry}>
        {(conversation) => (
          <ConversationView api={api} format={format} conversation={conversation} onReplied={retry} />
        )}
      </Loaded>
    </section>
  );
};

interface ConversationViewProps {
  api: Api;
  format: Format;
  conversation: Conversation;
  onReplied: () => void;
}

const ConversationView = ({ api, format, conversation, onReplied }: ConversationViewProps) => {
  const texts = format.messages.messaging.conversation;
  return (
    <div class="stack--loose">
      {conversation.to && (
        <p class="conversation__to">
          {texts.to} : {conversation.to.map(({ label }) => label).join(', ')} ·{' '}
          {conversation.recipientCount === null
            ? texts.recipientsPending
            : format.message(texts.recipients, { count: conversation.recipientCount })}
        </p>
      )}
      <ol class="item-list conversation">
        {conversation.messages.map((message) => (
          <li
            key={message.id}
            class={`framed conversation__message${message.mine ? ' conversation__message--mine' : ''}`}
          >
            <p class="conversation__by">
              {format.fill(texts.sentAt, { name: message.sender.name, at: format.instant(message.sentAt) })}
            </p>
            {message.withdrawn ? (
              <p class="muted">{texts.withdrawn}</p>
            ) : (
              <>
                <LinkedText text={message.text} class="message-text" />
                <AttachmentList
                  api={api}
                  format={format}
                  messageId={message.id}
                  attachments={message.attachments ?? []}
                />
              </>
            )}
          </li>
        ))}
      </ol>
      <ReplyForm api={api} format={format} conversation={conversation} onReplied={onReplied} />
    </div>
  );
};

const ReplyForm = ({ api, format, conversation, onReplied }: ConversationViewProps) => {
  const texts = format.messages.messaging.conversation;
  const errorId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string; sent?: boolean }>({
    sending: false,
  });
  const attachments = useAttachments(api, format);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    const missing = !text.trim() ? texts.missing : attachments.blocking;
    if (missing) {
      setStatus({ sending: false, error: missing });
      return;
    }
    setStatus({ sending: true });
    try {
      await api.reply(conversation.id, text.trim(), attachments.ids);
      setText('');
      attachments.reset();
      setStatus({ sending: false, sent: true });
      onReplied();
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <form class="form" noValidate onSubmit={submit} aria-describedby={hintId}>
      <p id={hintId} class="muted">
        {conversation.replyReaches === 'sender' ? texts.replyToSender : texts.replyToEveryone}
      </p>
      <TextAreaField
        label={texts.reply}
        maxLength={10_000}
        value={text}
        onValue={setText}
        errorId={status.error ? errorId : undefined}
      />
      <AttachmentPicker format={format} attachments={attachments} />
      <FormAlert id={errorId} message={status.error} />
      <p class="form__status" role="status">
        {status.sent ? texts.sent : ''}
      </p>
      <button type="submit" class="button" aria-disabled={status.sending}>
        {status.sending ? texts.sending : texts.send}
      </button>
    </form>
  );
};
