const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const shortDay = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export const formatInteger = (value: number) => integer.format(value);

/** 1.2K, 3.4M: for chart axes and stat cards. */
export const formatCompact = (value: number) => compact.format(value);

/** In the reader's time zone: when something happened. */
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
export const formatDate = (iso: string) => date.format(new Date(iso));

/** A `YYYY-MM-DD` UTC day as "Mar 3": days are UTC on the server, so they are shown as such. */
export const formatDay = (day: string) => shortDay.format(new Date(`${day}T00:00:00Z`));

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatInteger(count)} ${count === 1 ? one : many}`;
}
