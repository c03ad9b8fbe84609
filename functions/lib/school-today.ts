/** Today's date in the school's time zone, YYYY-MM-DD (the Canadian English format is the ISO one). */
export const todayIn = (timeZone: string, now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
