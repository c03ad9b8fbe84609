/** A construct id from a handler or rule name: `places/create-place` → `PlacesCreatePlace`. */
export const constructIdOf = (name: string) =>
  name.replace(/(^|[/-])(\w)/g, (_, __, letter: string) => letter.toUpperCase());
