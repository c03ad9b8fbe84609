import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface SectionProps {
  title: string;
  /** A few words above the title, such as the day. */
  kicker?: string;
  children: ComponentChildren;
}

/** A part of the home page, named by its heading. */
export const HomeSection = ({ title, kicker, children }: SectionProps) => {
  const titleId = useId();
  return (
    <section class="page" aria-labelledby={titleId}>
      {kicker && <p class="page__kicker">{kicker}</p>}
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
};

/** A block within a part of the home page: each loads and fails on its own. */
export const HomeBlock = ({ title, children }: Omit<SectionProps, 'kicker'>) => {
  const titleId = useId();
  return (
    <section class="framed home-block" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {children}
    </section>
  );
};
