import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';

interface ModalProps {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A panel over the page, shown while it is rendered: a modal dialog, so the browser keeps the focus inside,
 * Escape closes it and the focus goes back to what opened it.
 */
export const Modal = ({ title, closeLabel, onClose, children }: ModalProps) => {
  const dialog = useRef<HTMLDialogElement>(null);
  const removed = useRef(false);
  const titleId = useId();

  // Before the next paint: a key pressed right after the click already reaches the open dialog.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      // Closed because the page no longer shows it: nothing to tell.
      removed.current = true;
      if (element?.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="dialog dialog--wide"
      aria-labelledby={titleId}
      onClose={() => {
        if (!removed.current) onClose();
      }}
    >
      <div class="dialog__head">
        <h3 id={titleId} class="dialog__title">
          {title}
        </h3>
        <button type="button" class="button button--secondary button--small" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
};
