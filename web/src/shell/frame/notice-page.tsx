import { useId } from 'preact/hooks';

/** A page that has only a notice to show, such as to a profile it is not for. */
export const NoticePage = ({ title, notice }: { title: string; notice: string }) => {
  const titleId = useId();
  return (
    <section class="page" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p class="notice">{notice}</p>
    </section>
  );
};
