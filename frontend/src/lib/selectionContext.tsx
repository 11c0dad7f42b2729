import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { storage } from './appStorage';
import { rememberId, rememberedId, type SelectionKind } from './selection';

interface SelectionValue {
  organisationId: string | null;
  coalitionId: string | null;
  choose(kind: SelectionKind, id: string): void;
}

const SelectionContext = createContext<SelectionValue | null>(null);

/** The organisation and coalition chosen in the header, remembered in storage. */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [organisationId, setOrganisationId] = useState(() => rememberedId(storage, 'organisation'));
  const [coalitionId, setCoalitionId] = useState(() => rememberedId(storage, 'coalition'));
  const choose = useCallback((kind: SelectionKind, id: string) => {
    rememberId(storage, kind, id);
    if (kind === 'organisation') setOrganisationId(id);
    else setCoalitionId(id);
  }, []);
  const value = useMemo(() => ({ organisationId, coalitionId, choose }), [organisationId, coalitionId, choose]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): SelectionValue {
  const value = useContext(SelectionContext);
  if (!value) throw new Error('useSelection outside SelectionProvider');
  return value;
}
