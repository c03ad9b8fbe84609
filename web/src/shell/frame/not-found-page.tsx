import type { Format } from '../i18n/format';
import { Link } from '../routing/link';
import { shellPaths as paths } from '../routing/shell-paths';

/** An address that is no page of the app. */
export const NotFoundPage = ({ format }: { format: Format }) => {
  const { notFound } = format.messages;
  return (
    <section class="page" aria-labelledby="not-found-title">
      <h2 id="not-found-title">{notFound.title}</h2>
      <p class="notice">{notFound.text}</p>
      <p class="page__aside">
        <Link href={paths.home}>{notFound.home}</Link>
      </p>
    </section>
  );
};
