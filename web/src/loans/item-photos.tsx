import { useEffect, useRef, useState } from 'preact/hooks';
import type { Item } from '#domain/loans/item';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';

/** As the API holds them (`domain/loans/photos.ts`); the portal imports no zod. */
const maxPhotos = 6;

/**
 * An item's photos on its sheet: thumbnails that open larger, and for the staff a file input that takes a photo on
 * a phone (`capture`), and a button to remove each. The images come through short signed links.
 */
export const ItemPhotos = ({
  api,
  format,
  item,
  mayEdit,
  changed,
}: {
  api: Api;
  format: Format;
  item: Item;
  mayEdit: boolean;
  changed: () => void;
}) => {
  const texts = format.messages.loans;
  const [urls, setUrls] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });
  const [enlarged, setEnlarged] = useState<string | undefined>();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all(
      item.photos.map(async ({ photoId }) => [
        photoId,
        await api.photoUrl(item.itemId, photoId, controller.signal),
      ]),
    )
      .then((pairs) => setUrls(Object.fromEntries(pairs)))
      .catch(() => undefined);
    return () => controller.abort();
  }, [api, item.itemId, item.photos]);

  useEffect(() => {
    if (enlarged && dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, [enlarged]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setStatus({ busy: true });
    try {
      await work();
      setStatus({ busy: false, done });
      changed();
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };

  const count = item.photos.length;
  const alt = (index: number) =>
    format.message(texts.photoAlt, { kind: item.kind, number: index + 1, count });
  return (
    <section aria-labelledby="photos-title" class="stack">
      <h3 id="photos-title">{texts.photos}</h3>
      {count === 0 ? (
        <p class="muted">{texts.noPhotos}</p>
      ) : (
        <ul class="loans-photos">
          {item.photos.map(({ photoId }, index) => (
            <li key={photoId}>
              <button
                type="button"
                class="loans-photos__open"
                aria-label={format.message(texts.enlargePhoto, { number: index + 1 })}
                onClick={() => setEnlarged(photoId)}
              >
                {urls[photoId] && <img src={urls[photoId]} alt={alt(index)} width={160} height={120} />}
              </button>
              {mayEdit && (
                <button
                  type="button"
                  class="button button--secondary"
                  disabled={status.busy}
                  onClick={() => act(() => api.removePhoto(item.itemId, photoId), texts.photoRemoved)}
                >
                  {texts.removePhoto}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {enlarged && urls[enlarged] && (
        <dialog ref={dialog} class="loans-photo-dialog" onClose={() => setEnlarged(undefined)}>
          <img src={urls[enlarged]} alt={alt(item.photos.findIndex(({ photoId }) => photoId === enlarged))} />
          <form method="dialog">
            <button type="submit" class="button">
              {texts.closePhoto}
            </button>
          </form>
        </dialog>
      )}
      {mayEdit && count < maxPhotos && (
        <div class="stack">
          <div class="field">
            <label for="photo-file">{texts.addPhoto}</label>
            <input
              id="photo-file"
              type="file"
              accept="image/jpeg,image/png"
              capture="environment"
              aria-describedby="photo-hint"
              disabled={status.busy}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (file)
                  void act(() => api.addPhoto(item.itemId, file), texts.photoAdded).then(() => {
                    input.value = '';
                  });
              }}
            />
          </div>
          <p id="photo-hint" class="muted">
            {`${texts.addPhotoHint} ${format.message(texts.photoLimit, { max: maxPhotos })}`}
          </p>
        </div>
      )}
      {status.busy && <p role="status">{texts.addingPhoto}</p>}
      {status.done && !status.busy && <p role="status">{status.done}</p>}
      <FormAlert id="photo-error" message={status.error} />
    </section>
  );
};
