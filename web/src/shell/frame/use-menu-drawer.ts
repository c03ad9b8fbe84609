import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * The menu of a narrow screen, folded behind one button (a disclosure, as WAI-ARIA's pattern has it): opening it
 * moves the focus to its first link, Escape closes it and gives the focus back to the button, and following a
 * link closes it, so that the page reached is not hidden under it. On wide screens the stylesheet hides the button
 * and always shows the menu; the state then goes unused.
 */
export const useMenuDrawer = (pathname: string) => {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Another page shown: the drawer has done its work (the page's own focus handling takes the focus).
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('a, button')?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [open]);

  return {
    open,
    buttonProps: {
      ref: button,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((wasOpen) => !wasOpen),
    },
    panelProps: {
      ref: panel,
      id: panelId,
      // A link followed to the page already shown changes no address: its click closes the drawer all the same.
      onClick: (event: MouseEvent) => {
        if ((event.target as Element | null)?.closest('a')) setOpen(false);
      },
    },
    close: () => setOpen(false),
  };
};
