import type { KeyValueStorage } from './storage';

/**
 * The organisation and coalition the user works in, remembered across visits.
 * `pickCurrent` keeps the remembered one while it is still in the list (the
 * user may have left it) and falls back to the first.
 */
export function pickCurrent<T extends { id: string }>(items: readonly T[], rememberedId: string | null): T | null {
  if (items.length === 0) return null;
  return items.find((item) => item.id === rememberedId) ?? items[0] ?? null;
}

export type SelectionKind = 'organisation' | 'coalition';

export function rememberedId(storage: KeyValueStorage, kind: SelectionKind): string | null {
  return storage.getItem(`vitaal.current.${kind}`);
}

export function rememberId(storage: KeyValueStorage, kind: SelectionKind, id: string): void {
  storage.setItem(`vitaal.current.${kind}`, id);
}

export function forgetSelections(storage: KeyValueStorage): void {
  storage.removeItem('vitaal.current.organisation');
  storage.removeItem('vitaal.current.coalition');
}

/** Only same-site paths are followed after login, never another origin. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
