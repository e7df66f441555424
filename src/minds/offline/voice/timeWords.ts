/**
 * Time words that match the age of a memory: "just now" for minutes, "this morning" for hours
 * earlier today, "yesterday", "the other day". Never "just" for an hours-old memory.
 */
export function whenSaid(ageMinutes: number, minuteOfDay: number): string {
  if (ageMinutes < 20) return 'just now';
  if (ageMinutes < 75)
    return ['a little while ago', 'not long ago', 'a bit earlier'][ageMinutes % 3];
  const created = minuteOfDay - ageMinutes;
  if (created >= 0)
    return created < 720
      ? 'this morning'
      : created < 1080
        ? 'this afternoon'
        : 'earlier this evening';
  if (created >= -1440) return created < -1440 + 1080 ? 'yesterday' : 'last night';
  return 'the other day';
}

/** Whether a memory is recent enough to count as fresh ("news"): under a day and a half old. */
export function isFresh(ageMinutes: number): boolean {
  return ageMinutes < 36 * 60;
}

/** The part of the day: "morning", "afternoon", "evening" or "night". */
export function partOfDay(minuteOfDay: number): 'morning' | 'afternoon' | 'evening' | 'night' {
  if (minuteOfDay < 300 || minuteOfDay >= 1320) return 'night';
  if (minuteOfDay < 720) return 'morning';
  return minuteOfDay < 1080 ? 'afternoon' : 'evening';
}
