import { useId, useLayoutEffect, useRef } from 'preact/hooks';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a change that cannot be undone. A modal dialog: the browser keeps the focus inside, Escape cancels,
 * and the focus goes back to the button that opened it. Cancelling is focused first, so that a hurried Enter
 * changes nothing.
 */
export const ConfirmDialog = ({
  open,
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  // Before the next paint: a key pressed right after the click already reaches the open dialog.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (open && !element?.open) element?.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      class="dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      <h3 id={titleId} class="dialog__title">
        {title}
      </h3>
      <p id={textId}>{text}</p>
      <div class="dialog__actions">
        <button type="button" class="button button--secondary" autofocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" class="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
};
