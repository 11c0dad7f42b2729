import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddItem, useDeleteItem, useUpdateItem } from '../../api/confrontation';
import { formErrors } from '../../api/problem';
import type { ItemKind } from '../../client/types.gen';
import { useAudience } from '../organisations/audience';
import type { LabelledItem } from './grid';

interface Props {
  organisationId: string;
  matrixId: string;
  kind: ItemKind;
  items: LabelledItem[];
}

/** The strengths (or weaknesses, opportunities, threats): add, rename, reorder, remove. */
export function ItemPanel({ organisationId, matrixId, kind, items }: Props) {
  const { t } = useTranslation();
  const audience = useAudience();
  const add = useAddItem(organisationId, matrixId);
  const [label, setLabel] = useState('');
  const headingId = `items-${kind}`;
  const addError = add.error ? formErrors(add.error, ['label', 'kind'], t) : null;
  const message = addError ? (addError.fields.label ?? addError.fields.kind ?? addError.general) : null;

  return (
    <section className={`panel confrontation-items confrontation-items--${kind}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`confrontation.kinds.${kind}`)}</h3>
      <p className="muted confrontation-items__hint">{t(`confrontation.kindHints.${kind}`, { context: audience })}</p>
      {items.length === 0 ? <p className="empty">{t('confrontation.noItems')}</p> : null}
      <ol className="confrontation-items__list">
        {items.map((item, index) => (
          <ItemRow
            key={item.id}
            organisationId={organisationId}
            matrixId={matrixId}
            item={item}
            first={index === 0}
            last={index === items.length - 1}
          />
        ))}
      </ol>
      <Form
        className="confrontation-items__add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!label.trim()) return;
          add.mutate({ kind, label: label.trim() }, { onSuccess: () => setLabel('') });
        }}
      >
        <TextField className="field" value={label} onChange={setLabel} isInvalid={message !== null}>
          <Label className="field__label">{t(`confrontation.add.${kind}`)}</Label>
          <Input className="field__input" />
          {message ? <p className="field__error">{message}</p> : null}
        </TextField>
        <Button type="submit" className="button button--secondary button--small" isPending={add.isPending} isDisabled={!label.trim()}>
          {t('confrontation.addButton')}
        </Button>
      </Form>
    </section>
  );
}

function ItemRow({ organisationId, matrixId, item, first, last }: { organisationId: string; matrixId: string; item: LabelledItem; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateItem(organisationId, matrixId);
  const remove = useDeleteItem(organisationId, matrixId);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(item.label);
  const name = `${item.code} ${item.label}`;

  if (editing) {
    return (
      <li className="confrontation-items__item">
        <Form
          className="confrontation-items__edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (!label.trim()) return;
            update.mutate({ itemId: item.id, label: label.trim() }, { onSuccess: () => setEditing(false) });
          }}
        >
          <TextField className="field" value={label} onChange={setLabel} autoFocus>
            <Label className="visually-hidden">{t('confrontation.renameLabel', { code: item.code })}</Label>
            <Input className="field__input" />
          </TextField>
          <div className="button-row">
            <Button type="submit" className="button button--primary button--small" isPending={update.isPending}>
              {t('confrontation.save')}
            </Button>
            <Button className="button button--quiet button--small" onPress={() => { setLabel(item.label); setEditing(false); }}>
              {t('confrontation.cancel')}
            </Button>
          </div>
        </Form>
      </li>
    );
  }
  return (
    <li className="confrontation-items__item">
      <span className="confrontation-code">{item.code}</span>
      <span className="confrontation-items__label">{item.label}</span>
      <span className="confrontation-items__actions">
        <Button className="button button--quiet button--small" aria-label={t('confrontation.moveUp', { name })} isDisabled={first} onPress={() => update.mutate({ itemId: item.id, position: item.position - 1 })}>
          <span aria-hidden="true">↑</span>
        </Button>
        <Button className="button button--quiet button--small" aria-label={t('confrontation.moveDown', { name })} isDisabled={last} onPress={() => update.mutate({ itemId: item.id, position: item.position + 1 })}>
          <span aria-hidden="true">↓</span>
        </Button>
        <Button className="button button--quiet button--small" aria-label={t('confrontation.rename', { name })} onPress={() => setEditing(true)}>
          <span aria-hidden="true">✎</span>
        </Button>
        <Button className="button button--quiet button--small" aria-label={t('confrontation.remove', { name })} isPending={remove.isPending} onPress={() => remove.mutate(item.id)}>
          <span aria-hidden="true">✕</span>
        </Button>
      </span>
    </li>
  );
}
