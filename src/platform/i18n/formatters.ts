import type { Locale } from './locale.js';

/**
 * Dates, times and numbers in the person's language and time zone, through `Intl` only. Korean reads
 * `2026. 1. 5.` and `오후 2:05`; English `5 Jan 2026` and `2:05 PM`.
 */
export interface Formatters {
  locale: Locale;
  timeZone: string;
  date(value: Date | string | number | null | undefined): string;
  dateTime(value: Date | string | number | null | undefined): string;
  time(value: Date | string | number | null | undefined): string;
  number(value: number | null | undefined, options?: Intl.NumberFormatOptions): string;
  percent(value: number | null | undefined): string;
  /** A file's size in bytes, in the unit a reader expects: `512 bytes`/`12 KB`/`1.5 MB`; `512바이트`/`12KB`/`1.5MB`. */
  fileSize(value: number | null | undefined): string;
  /** ISO timestamp for `<time datetime>`. */
  iso(value: Date | string | number | null | undefined): string;
}

const cache = new Map<string, Formatters>();

export function formattersFor(locale: Locale, timeZone: string): Formatters {
  const cacheKey = `${locale}|${timeZone}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const tag = locale === 'en' ? 'en-GB' : 'ko-KR';
  // Korean dates are written with two-digit months and days (`2026. 01. 05.`).
  const dateParts: Intl.DateTimeFormatOptions = locale === 'ko' ? { year: 'numeric', month: '2-digit', day: '2-digit' } : { dateStyle: 'medium' };
  const dateFormat = new Intl.DateTimeFormat(tag, { ...dateParts, timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(
    tag,
    locale === 'ko' ? { ...dateParts, hour: 'numeric', minute: '2-digit', timeZone } : { dateStyle: 'medium', timeStyle: 'short', timeZone },
  );
  const timeFormat = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  // Building an Intl formatter costs tens of microseconds (a formatted number, a few): a job search
  // page printed forty salaries through forty new formatters (issue #18). One per set of options.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat => {
    const key = options ? JSON.stringify(options) : '';
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, options);
      // Options come from templates and code, a handful in all; the bound only guards a mistake.
      if (numberFormats.size < 100) numberFormats.set(key, format);
    }
    return format;
  };
  const fileSize = fileSizeFormat(tag);
  const toDate = (value: Date | string | number | null | undefined): Date | null => {
    if (value === null || value === undefined || value === '') return null;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  };
  const formatters: Formatters = {
    locale,
    timeZone,
    date: (value) => {
      const d = toDate(value);
      return d ? dateFormat.format(d) : '';
    },
    dateTime: (value) => {
      const d = toDate(value);
      return d ? dateTimeFormat.format(d) : '';
    },
    time: (value) => {
      const d = toDate(value);
      return d ? timeFormat.format(d) : '';
    },
    number: (value, options) => (value === null || value === undefined ? '' : numberFormat(options).format(value)),
    percent: (value) => (value === null || value === undefined ? '' : percentFormat.format(value)),
    fileSize: (value) => (value === null || value === undefined ? '' : fileSize(value)),
    iso: (value) => toDate(value)?.toISOString() ?? '',
  };
  cache.set(cacheKey, formatters);
  return formatters;
}

const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;

/**
 * File sizes through `Intl` units, counted as file managers count (1 KB = 1,024 bytes). CLDR's short
 * byte unit reads `512 byte` / `512byte`, so bytes take the long unit (`512 bytes`, `512바이트`). Its
 * kilobyte symbol is the SI `kB`; since these are binary kilobytes, written `KB` by Windows, macOS's
 * Korean Finder and mail attachments (and by Candor before), the symbol is written upper-case: `12 KB`,
 * `12KB` in Korean. The number and where the unit goes stay Intl's.
 */
function fileSizeFormat(tag: string): (bytes: number) => string {
  const bytes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'byte', unitDisplay: 'long', maximumFractionDigits: 0 });
  const kilobytes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
  const binaryKilobytes = (value: number): string =>
    kilobytes
      .formatToParts(value)
      .map((part) => (part.type === 'unit' ? part.value.replace(/^kB$/, 'KB') : part.value))
      .join('');
  return (size) => {
    if (size < KILOBYTE) return bytes.format(size);
    if (size < MEGABYTE) return binaryKilobytes(size / KILOBYTE);
    return megabytes.format(size / MEGABYTE);
  };
}
