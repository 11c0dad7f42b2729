import { describe, expect, it } from 'vitest';
import { initialLocale, intlLocale, rememberLocale } from './locale';
import { memoryStorage } from '../lib/storage';
import { en, nl } from './messages';

describe('locale persistence', () => {
  it('defaults to Dutch', () => {
    expect(initialLocale(memoryStorage())).toBe('nl');
  });
  it('remembers the switch to English', () => {
    const storage = memoryStorage();
    rememberLocale(storage, 'en');
    expect(initialLocale(storage)).toBe('en');
  });
  it('ignores an unknown stored value', () => {
    expect(initialLocale(memoryStorage({ 'vitaal.locale': 'de' }))).toBe('nl');
  });
  it('maps to Intl locales', () => {
    expect(intlLocale('nl')).toBe('nl-NL');
    expect(intlLocale('en')).toBe('en-GB');
  });
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('are split into the same areas in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl)).toContain('partners');
  });
  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
  it('have no empty texts', () => {
    const flat = (obj: unknown): string[] =>
      typeof obj === 'string' ? [obj] : Object.values(obj as object).flatMap(flat);
    expect(flat(nl).filter((s) => s.trim() === '')).toEqual([]);
    expect(flat(en).filter((s) => s.trim() === '')).toEqual([]);
  });
});
