import { useCallback, useMemo, useRef, useState } from 'react';
import { useFormErrors } from '../../lib/useFormErrors';
import type { FormErrors } from '../../api/problem';
import { filledRowIds, renumberRows } from './stakeholders';

/**
 * A form with a list of repeatable rows (contact people, follow-ups): stable row ids so React
 * keeps each row's inputs, add/remove/reset, and the server's field errors — which number the
 * rows that were sent — mapped back onto the rows as the user sees them.
 */
export function useRepeatRows(
  prefix: string,
  rowFields: readonly string[],
  baseFields: readonly string[],
  error: unknown,
  initialCount = 1,
  /** Also take errors about a whole row (`prefix.<row>`, e.g. a duplicate); the form must show them. */
  rowErrors = false,
) {
  const nextId = useRef(initialCount - 1);
  const [rows, setRows] = useState<number[]>(() => Array.from({ length: initialCount }, (_, i) => i));
  const [sentIds, setSentIds] = useState<number[]>([]);
  const fields = useMemo(
    () => [
      ...baseFields,
      ...rows.flatMap((id) => [...(rowErrors ? [`${prefix}.${id}`] : []), ...rowFields.map((f) => `${prefix}.${id}.${f}`)]),
    ],
    [baseFields, rowFields, prefix, rows, rowErrors],
  );
  const renumbered = useMemo(() => renumberRows(error, prefix, sentIds), [error, prefix, sentIds]);
  const errors: FormErrors = useFormErrors(renumbered, fields);

  const add = useCallback(() => {
    nextId.current += 1;
    setRows((current) => [...current, nextId.current]);
  }, []);
  const remove = useCallback((id: number) => setRows((current) => current.filter((r) => r !== id)), []);
  /** After a successful save: one fresh, empty row (a new id, so its inputs start empty). */
  const reset = useCallback(() => {
    nextId.current += 1;
    setRows([nextId.current]);
  }, []);
  /** Call when sending: remembers which rows were filled in, as the server will count them. */
  const markSent = useCallback(
    (values: Record<string, string>) => setSentIds(filledRowIds(values, prefix, rows)),
    [prefix, rows],
  );
  // `fields` and `renumbered` let a second list in the same form chain onto this one.
  return { rows, add, remove, reset, markSent, errors, fields, renumbered };
}
