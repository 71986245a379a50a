// Calendar days in the user's local time: a day's tally is what the user lived as one day.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of `at` in local time. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The `count` local days ending with the day of `now`, oldest first. */
export function lastDays(now: number, count: number): string[] {
  const end = new Date(now);
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    // Noon avoids daylight-saving edges where midnight does not exist or repeats.
    days.push(localDay(new Date(end.getFullYear(), end.getMonth(), end.getDate() - i, 12).getTime()));
  }
  return days;
}

/** Epoch ms of the next local midnight after `now`. */
export function nextMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
