// Date inputs speak local time without an offset; the API wants ISO 8601 with one.

/** The instant of a datetime-local value as ISO 8601 in UTC, or '' for none. */
export function localToIso(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
