import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../lib/useFormErrors';
import { moveItem } from '../meetings/meetings';
import { renumberRows } from '../stakeholders/stakeholders';
import { TextAreaInput } from '../ui/fields';
import { MAX_OBJECTIVES } from './issues';

const PREFIX = 'objectives';

type Focus = { row: string; target: 'up' | 'down' | 'field' } | { row: null; target: 'add' };

/**
 * The objectives of an issue as rows in a form: each row has a stable id (its inputs are named
 * `objectives.<id>` and keep their text while rows move), rows can be added, taken out and
 * moved up or down, and the server's messages — which number the objectives it got — land on
 * the rows as the user sees them.
 */
export function useObjectiveRows(initial: readonly string[], error: unknown) {
  const nextId = useRef(initial.length);
  const [rows, setRows] = useState<string[]>(() => initial.map((_, index) => String(index)));
  const [sentIds, setSentIds] = useState<string[]>([]);
  const [focus, setFocus] = useState<Focus | null>(null);
  const renumbered = useMemo(() => renumberRows(error, PREFIX, sentIds.map(Number)), [error, sentIds]);
  const fields = useMemo(() => [PREFIX, ...rows.map((id) => `${PREFIX}.${id}`)], [rows]);

  const add = useCallback(() => {
    const id = String(nextId.current++);
    setRows((current) => [...current, id]);
    setFocus({ row: id, target: 'field' });
  }, []);
  const remove = useCallback(
    (id: string) => {
      const index = rows.indexOf(id);
      const next = rows.filter((row) => row !== id);
      setRows(next);
      // Focus stays in the list: on the row that took its place, else the one before, else "add".
      const neighbour = next[index] ?? next[index - 1];
      setFocus(neighbour === undefined ? { row: null, target: 'add' } : { row: neighbour, target: 'field' });
    },
    [rows],
  );
  const move = useCallback(
    (id: string, step: -1 | 1) => {
      const next = moveItem(rows, rows.indexOf(id), step);
      const index = next.indexOf(id);
      setRows(next);
      // The button just used is disabled at either end of the list; focus then goes to the other.
      const atEnd = step === -1 ? index === 0 : index === next.length - 1;
      const same = step === -1 ? 'up' : 'down';
      setFocus({ row: id, target: atEnd ? (same === 'up' ? 'down' : 'up') : same });
    },
    [rows],
  );
  const clearFocus = useCallback(() => setFocus(null), []);
  /** The objectives to send, in order; rows left empty are dropped, as the server would refuse them. */
  const collect = useCallback(
    (values: Record<string, string>) => {
      const filled = rows.filter((id) => (values[`${PREFIX}.${id}`] ?? '').trim() !== '');
      setSentIds(filled);
      return filled.map((id) => (values[`${PREFIX}.${id}`] ?? '').trim());
    },
    [rows],
  );
  return { rows, initial, add, remove, move, collect, focus, clearFocus, error: renumbered, fields };
}

type ObjectiveRows = ReturnType<typeof useObjectiveRows>;

/** The ordered list of objectives to edit; see `useObjectiveRows`. */
export function ObjectivesEditor({ objectives }: { objectives: ObjectiveRows }) {
  const { t } = useTranslation();
  const list = useRef<HTMLFieldSetElement>(null);
  const { error } = useFieldError(PREFIX);
  const { rows, initial, focus, clearFocus } = objectives;

  useLayoutEffect(() => {
    if (!focus) return;
    const row = `[data-objective-row="${focus.row}"]`;
    const selector = focus.row === null ? '[data-objective-add]' : focus.target === 'field' ? `${row} textarea` : `${row} [data-objective="${focus.target}"]`;
    list.current?.querySelector<HTMLElement>(selector)?.focus();
    clearFocus();
  }, [focus, clearFocus]);

  return (
    <fieldset className="fieldset objectives" ref={list}>
      <legend className="field__label">{t('issues.frame.objectives')}</legend>
      <p className="field__description">{t('issues.frame.objectivesHint', { max: MAX_OBJECTIVES })}</p>
      {error ? <p className="field__error">{error}</p> : null}
      <ol className="objectives__rows">
        {rows.map((id, index) => {
          const n = index + 1;
          const initialText = Number(id) < initial.length ? initial[Number(id)] : undefined;
          return (
            <li key={id} className="objectives__row" data-objective-row={id}>
              <TextAreaInput name={`${PREFIX}.${id}`} label={t('issues.frame.objectiveN', { n })} rows={2} defaultValue={initialText} />
              <div className="objectives__controls">
                <Button
                  className="button button--secondary objectives__button"
                  data-objective="up"
                  aria-label={t('issues.frame.moveUp', { n })}
                  isDisabled={index === 0}
                  onPress={() => objectives.move(id, -1)}
                >
                  ↑
                </Button>
                <Button
                  className="button button--secondary objectives__button"
                  data-objective="down"
                  aria-label={t('issues.frame.moveDown', { n })}
                  isDisabled={index === rows.length - 1}
                  onPress={() => objectives.move(id, 1)}
                >
                  ↓
                </Button>
                <Button className="button button--quiet objectives__button" aria-label={t('issues.frame.removeN', { n })} onPress={() => objectives.remove(id)}>
                  {t('issues.frame.remove')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button className="button button--secondary button--small" data-objective-add isDisabled={rows.length >= MAX_OBJECTIVES} onPress={objectives.add}>
          {t('issues.frame.addObjective')}
        </Button>
      </div>
    </fieldset>
  );
}
