/**
 * The place where a form says what went wrong. It stays in the page, empty, so that screen readers announce a
 * message as soon as it appears in it.
 */
export const FormAlert = ({ id, message }: { id: string; message: string | undefined }) => (
  <div role="alert" class="form__alert">
    {message && (
      <p id={id} class="notice notice--error">
        {message}
      </p>
    )}
  </div>
);
