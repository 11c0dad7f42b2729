import { Button } from 'react-aria-components';
import { FormAlert } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

export interface RemovableItem {
  id: string;
  title: string;
  meta: string;
  removeLabel: string;
}

interface Props {
  summary: string;
  items: RemovableItem[];
  loadError: unknown;
  removeError: Error | null;
  removing: string | null;
  onRemove: (id: string) => void;
}

/** A folded list of recorded items, each with a button to remove one entered by mistake. */
export function RemovableList({ summary, items, loadError, removeError, removing, onRemove }: Props) {
  return (
    <details className="journey-history">
      <summary>{summary}</summary>
      {loadError ? <QueryError error={loadError} /> : null}
      <FormAlert message={removeError ? removeError.message : null} />
      <ul className="item-list">
        {items.map((item) => (
          <li key={item.id} className="item-list__item">
            <div className="item-list__main">
              <span className="item-list__title">{item.title}</span>
              <span className="item-list__meta">{item.meta}</span>
            </div>
            <Button className="button button--quiet button--small" isPending={removing === item.id} onPress={() => onRemove(item.id)}>
              {item.removeLabel}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
