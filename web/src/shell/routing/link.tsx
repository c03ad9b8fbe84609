import type { ComponentChildren } from 'preact';
import { isPlainClick, navigate } from './navigation';

interface LinkProps {
  href: string;
  class?: string;
  current?: boolean;
  children: ComponentChildren;
}

/** A link to a page of the app: a real link (new tab, copy address), followed without reloading the page. */
export const Link = ({ href, class: className, current, children }: LinkProps) => (
  <a
    href={href}
    class={className}
    aria-current={current ? 'page' : undefined}
    onClick={(event) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      navigate(href);
    }}
  >
    {children}
  </a>
);
