/** What a cell says, or why it cannot be read (« "8h70" is not a time such as 8h30 or 08:30 »). */
export type CellReading<T> = { value: T } | { reason: string };

export const isRead = <T>(reading: CellReading<T>): reading is { value: T } => 'value' in reading;
