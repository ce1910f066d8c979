/** "YYYY-MM-DD" when `s` is a real calendar date (or an ISO timestamp starting with one), else null. */
export function normalizeDate(s: unknown): string | null {
  if (s instanceof Date) return Number.isNaN(s.getTime()) ? null : s.toISOString().slice(0, 10);
  if (typeof s !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]|\s)/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
      return `${m[1]}-${m[2]}-${m[3]}`;
    return null;
  }
  // Other forms metadata uses ("Tue, 25 Nov 2025 10:00:00 GMT", "November 25, 2025").
  if (!/\d{4}/.test(s)) return null;
  const t = new Date(Date.parse(s));
  if (Number.isNaN(t.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}
