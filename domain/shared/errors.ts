/** Domain errors. Only the HTTP error middleware knows which status each one becomes. */
export class ValidationError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`No ${resource} with id ${id}`);
    this.name = 'NotFoundError';
  }
}

/** The caller changed a version it had read, and someone else changed it since. */
export class StaleVersionError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super(`The ${resource} ${id} changed since version ${expectedVersion}: read it again before changing it`);
    this.name = 'StaleVersionError';
  }
}
