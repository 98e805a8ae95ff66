/**
 * A time of day the way people type it ("10am", "1.30pm", "13.30", "9:00", "noon") as 24-hour
 * HH:mm; anything else is returned as typed, for validation to refuse with its own message.
 */
export function readClockTime(typed: string): string {
  const text = typed.trim().toLowerCase();
  if (text === 'noon' || text === 'midday') return '12:00';
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/.exec(text);
  if (!m) return typed;
  let hour = Number(m[1]);
  const minute = m[2] ?? '00';
  const half = m[3];
  if (!half && m[2] === undefined) return typed;
  if (half) {
    if (hour < 1 || hour > 12) return typed;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${minute}`;
}
