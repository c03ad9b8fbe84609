import type { Place } from '#domain/places/place';
import type { HttpResponse } from '#functions/lib/http-response';

/** A place with its version as ETag, so that a client can send it back in If-Match. */
export const placeResponse = (place: Place, status = 200): HttpResponse => ({
  status,
  body: place,
  headers: { etag: `"${place.version}"` },
});
