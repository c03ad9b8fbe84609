/** A value put in a path of the API, such as an id, encoded. */
export const segment = encodeURIComponent;

/** The query string of an API call: the values given, each as text; those left empty are left out. */
export const queryOf = (values: Record<string, string | number | boolean | undefined>) =>
  new URLSearchParams(
    Object.entries(values).flatMap(([key, value]): [string, string][] =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  );
