import { useId, useRef, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import {
  acceptedFiles,
  attachmentTypeOf,
  badgeOf,
  kindOf,
  maxAttachmentsPerMessage,
  refusalOf,
  sizeOf,
  uploadWithProgress,
} from './attachment-upload';
import type { MessageAttachment } from './message-types';

/** A file being joined to a message: uploading (with how much has gone), ready (its id), or failed. */
export interface PickedFile {
  key: number;
  name: string;
  size: number;
  contentType: string;
  progress: number;
  id?: string;
  error?: string;
}

/**
 * The files of a message being written: each is uploaded as soon as it is picked (declared to the API, then posted
 * with the signed form straight to the school's storage), so that sending only names them. Refusals come first,
 * in words: too large, a type refused, more than 5.
 */
export const useAttachments = (api: Api, format: Format) => {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [refusal, setRefusal] = useState<string | undefined>();
  const nextKey = useRef(0);
  const texts = format.messages.messaging.attachments;

  const update = (key: number, change: Partial<PickedFile>) =>
    setFiles((previous) => previous.map((file) => (file.key === key ? { ...file, ...change } : file)));

  const upload = async (key: number, file: File) => {
    const contentType = attachmentTypeOf(file);
    if (!contentType) return;
    try {
      const { attachment, upload: form } = await api.declareMessageAttachment({
        name: file.name,
        contentType,
        size: file.size,
      });
      await uploadWithProgress(form, file, (progress) => update(key, { progress }));
      update(key, { id: attachment.id, progress: 1 });
    } catch (error) {
      update(key, {
        error: format.fill(texts.failed, { name: file.name, reason: failureReason(error, format) }),
      });
    }
  };

  const add = (picked: FileList | null) => {
    const chosen = [...(picked ?? [])];
    const refusals = chosen.map((file) => refusalOf(file, format)).filter((one) => one !== undefined);
    const accepted = chosen.filter((file) => refusalOf(file, format) === undefined);
    const room = maxAttachmentsPerMessage - files.length;
    const taken = accepted.slice(0, Math.max(0, room));
    if (accepted.length > taken.length) refusals.push(texts.tooMany);
    setRefusal(refusals.length > 0 ? refusals.join(' ') : undefined);
    const added = taken.map((file) => ({
      key: nextKey.current++,
      name: file.name,
      size: file.size,
      contentType: attachmentTypeOf(file) as string,
      progress: 0,
    }));
    setFiles((previous) => [...previous, ...added]);
    for (const [index, entry] of added.entries()) void upload(entry.key, taken[index] as File);
  };

  return {
    files,
    refusal,
    add,
    remove: (key: number) => setFiles((previous) => previous.filter((file) => file.key !== key)),
    ids: files.flatMap((file) => (file.id ? [file.id] : [])),
    /** Why the message cannot leave yet because of its files, if it cannot. */
    blocking: files.some((file) => file.error !== undefined)
      ? texts.removeFailed
      : files.some((file) => file.id === undefined)
        ? texts.wait
        : undefined,
    reset: () => {
      setFiles([]);
      setRefusal(undefined);
    },
  };
};

type Attachments = ReturnType<typeof useAttachments>;

/** « Joindre un fichier »: the file input, then each file with its size, progress and a button to remove it. */
export const AttachmentPicker = ({ format, attachments }: { format: Format; attachments: Attachments }) => {
  const texts = format.messages.messaging.attachments;
  const inputId = useId();
  const hintId = useId();
  const refusalId = useId();
  return (
    <div class="field attachments">
      <label for={inputId}>{texts.attach}</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={acceptedFiles}
        aria-describedby={[hintId, attachments.refusal ? refusalId : ''].filter(Boolean).join(' ')}
        disabled={attachments.files.length >= maxAttachmentsPerMessage}
        onChange={(event) => {
          attachments.add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <p id={hintId} class="field__hint">
        {texts.hint}
      </p>
      <FormAlert id={refusalId} message={attachments.refusal} />
      {attachments.files.length > 0 && (
        <ul class="attachments__list" aria-label={texts.picked}>
          {attachments.files.map((file) => (
            <li key={file.key} class="attachment framed">
              <span
                class={`attachment__icon attachment__icon--${kindOf(file.contentType)}`}
                aria-hidden="true"
              >
                {badgeOf(file.name)}
              </span>
              <span class="attachment__about">
                <span class="attachment__name">{file.name}</span>
                <span class="muted">
                  {texts.kinds[kindOf(file.contentType)]} · {sizeOf(file.size, format)}
                </span>
                {file.error ? (
                  <span class="attachment__error">{file.error}</span>
                ) : file.id ? (
                  <span class="attachment__ready">{texts.ready}</span>
                ) : (
                  <progress
                    class="attachment__progress"
                    max={1}
                    value={file.progress}
                    aria-label={`${texts.uploading} ${file.name}`}
                  />
                )}
              </span>
              <button
                type="button"
                class="button button--small button--quiet"
                aria-label={format.fill(texts.remove, { name: file.name })}
                onClick={() => attachments.remove(file.key)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

/** A message's files: each a button that downloads it through a short link, with its kind and size. */
export const AttachmentList = ({
  api,
  format,
  messageId,
  attachments,
}: {
  api: Api;
  format: Format;
  messageId: string;
  attachments: readonly MessageAttachment[];
}) => {
  const texts = format.messages.messaging.attachments;
  const errorId = useId();
  const [error, setError] = useState<string | undefined>();
  if (attachments.length === 0) return null;
  const download = async (attachmentId: string) => {
    setError(undefined);
    try {
      window.location.assign(await api.messageAttachmentUrl(messageId, attachmentId));
    } catch (failure) {
      setError(format.fill(texts.downloadFailed, { reason: failureReason(failure, format) }));
    }
  };
  return (
    <>
      <ul class="attachments__list" aria-label={texts.list}>
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            <button
              type="button"
              class="attachment attachment--download"
              onClick={() => download(attachment.id)}
            >
              {/* Its name is what it says, « Télécharger » first for those who hear it. */}
              <span class="visually-hidden">{texts.download} </span>
              <span
                class={`attachment__icon attachment__icon--${kindOf(attachment.contentType)}`}
                aria-hidden="true"
              >
                {badgeOf(attachment.name)}
              </span>
              <span class="attachment__about">
                <span class="attachment__name">{attachment.name}</span>
                <span class="muted">
                  {texts.kinds[kindOf(attachment.contentType)]} · {sizeOf(attachment.size, format)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <FormAlert id={errorId} message={error} />
    </>
  );
};
