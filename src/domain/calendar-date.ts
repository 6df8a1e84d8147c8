/** Dates written YYYY-MM-DD (access dates, a permalink's creation date), checked to be real calendar days. */

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A moment's day in UTC as YYYY-MM-DD: the day a permalink is made, or a citation's default access date. */
export const utcDay = (moment: Date) => moment.toISOString().slice(0, 10);
