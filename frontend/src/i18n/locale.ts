import type { KeyValueStorage } from '../lib/storage';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
const KEY = 'vitaal.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, else Dutch: the portal speaks Dutch unless asked otherwise. */
export function initialLocale(storage: KeyValueStorage): Locale {
  const stored = storage.getItem(KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function rememberLocale(storage: KeyValueStorage, locale: Locale): void {
  storage.setItem(KEY, locale);
}

/** The Intl locale for dates and numbers. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}
