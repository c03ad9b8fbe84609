import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { nameOf } from './group-page';
import type { GroupPage } from './group-types';
import { LinkedText } from './linked-text';

interface GroupDiscussionProps {
  api: Api;
  format: Format;
  groupId: string;
  topics: GroupPage['topics'];
  onChanged: () => void;
}

/** A group's discussion: its topics, newest activity first, each opened in place with its posts and a reply. */
export const GroupDiscussion = ({ api, format, groupId, topics, onChanged }: GroupDiscussionProps) => {
  const texts = format.messages.workGroups.discussion;
  const [open, setOpen] = useState<string | undefined>();
  return (
    <section class="sheet__section" aria-labelledby="group-discussion">
      <h3 id="group-discussion">{texts.heading}</h3>
      {topics.length === 0 ? (
        <p class="muted">{texts.none}</p>
      ) : (
        <ul class="item-list group-topics" aria-label={texts.heading}>
          {topics.map((topic) => (
            <li key={topic.topicId} class="framed group-topic">
              <h4 class="group-topic__title">{topic.title}</h4>
              <p class="muted">
                {format.fill(texts.startedBy, { name: nameOf(topic.startedBy, format) })} ·{' '}
                {format.message(texts.lastActivity, {
                  posts: topic.postCount,
                  at: format.instant(topic.lastActivityAt),
                })}
              </p>
              <button
                type="button"
                class="button button--quiet"
                aria-expanded={open === topic.topicId}
                onClick={() => setOpen(open === topic.topicId ? undefined : topic.topicId)}
              >
                {open === topic.topicId ? texts.close : texts.open}
              </button>
              {open === topic.topicId && (
                <TopicThread
                  api={api}
                  format={format}
                  groupId={groupId}
                  topicId={topic.topicId}
                  onPosted={onChanged}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <NewTopicForm api={api} format={format} groupId={groupId} onStarted={onChanged} />
    </section>
  );
};

interface TopicThreadProps {
  api: Api;
  format: Format;
  groupId: string;
  topicId: string;
  onPosted: () => void;
}

const TopicThread = ({ api, format, groupId, topicId, onPosted }: TopicThreadProps) => {
  const texts = format.messages.workGroups.discussion;
  const load = useCallback(
    (signal: AbortSignal) => api.groupTopic(groupId, topicId, signal),
    [api, groupId, topicId],
  );
  const { state, retry } = useLoad(load);
  const errorId = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string }>({ sending: false });

  const reply = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    if (!text.trim()) {
      setStatus({ sending: false, error: texts.missingReply });
      return;
    }
    setStatus({ sending: true });
    try {
      await api.postInGroupTopic(groupId, topicId, text.trim());
      setText('');
      setStatus({ sending: false });
      retry();
      onPosted();
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <div class="stack group-thread">
      <Loaded state={state} format={format} retry={retry}>
        {({ posts }) => (
          <ol class="item-list group-posts">
            {posts.map((post) => (
              <li key={post.postId} class="group-post">
                <p class="muted">
                  {format.fill(texts.postBy, {
                    name: nameOf(post.author, format),
                    at: format.instant(post.at),
                  })}
                </p>
                <LinkedText text={post.text} />
              </li>
            ))}
          </ol>
        )}
      </Loaded>
      <form class="form" noValidate onSubmit={reply}>
        <TextAreaField
          label={texts.replyLabel}
          maxLength={5000}
          value={text}
          onValue={setText}
          errorId={status.error ? errorId : undefined}
        />
        <FormAlert id={errorId} message={status.error} />
        <button type="submit" class="button" aria-disabled={status.sending}>
          {status.sending ? texts.sending : texts.send}
        </button>
      </form>
    </div>
  );
};

interface NewTopicFormProps {
  api: Api;
  format: Format;
  groupId: string;
  onStarted: () => void;
}

const NewTopicForm = ({ api, format, groupId, onStarted }: NewTopicFormProps) => {
  const texts = format.messages.workGroups.discussion;
  const titleId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ sending: boolean; error?: string }>({ sending: false });

  const start = async (event: Event) => {
    event.preventDefault();
    if (status.sending) return;
    if (!title.trim() || !text.trim()) {
      setStatus({ sending: false, error: texts.missing });
      return;
    }
    setStatus({ sending: true });
    try {
      await api.startGroupTopic(groupId, title.trim(), text.trim());
      setTitle('');
      setText('');
      setStatus({ sending: false });
      onStarted();
    } catch (error) {
      setStatus({
        sending: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  return (
    <form class="form stack" noValidate onSubmit={start} aria-labelledby="group-new-topic">
      <h4 id="group-new-topic">{texts.newTopic}</h4>
      <div class="field">
        <label for={titleId}>{texts.topicTitle}</label>
        <input
          id={titleId}
          type="text"
          maxLength={160}
          value={title}
          aria-describedby={status.error ? errorId : undefined}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
      </div>
      <TextAreaField label={texts.firstPost} maxLength={5000} value={text} onValue={setText} />
      <FormAlert id={errorId} message={status.error} />
      <button type="submit" class="button" aria-disabled={status.sending}>
        {status.sending ? texts.starting : texts.start}
      </button>
    </form>
  );
};
