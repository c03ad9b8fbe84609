/** A day in a time zone, YYYY-MM-DD (the Canadian English format is the ISO one). */
export const todayInZone = (now: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
