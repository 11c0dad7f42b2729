import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useStakeholderPick } from '../../api/stakeholders';
import type { Stakeholder } from '../../api/types';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useFieldError } from '../../lib/useFormErrors';

/** A stakeholder as the picker needs it: a link may know only the id and name. */
export type PickedStakeholder = Pick<Stakeholder, 'id' | 'name'> & { type?: Stakeholder['type'] };

interface Props {
  organisationId: string;
  label: string;
  description: string;
  selected: PickedStakeholder | null;
  onSelect: (stakeholder: PickedStakeholder | null) => void;
}

/**
 * Search the organisation's stakeholder register and pick one: the server searches as you
 * type (name, sector, region, tags), so a register of thousands still works.
 */
export function StakeholderPicker({ organisationId, label, description, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState(selected?.name ?? '');
  // Once picked, the box shows the name; search for what was typed before that.
  const q = useDebouncedValue(selected && input === selected.name ? '' : input, 250);
  const found = useStakeholderPick(organisationId, q);
  const items: PickedStakeholder[] = found.data?.items ?? [];
  const options = selected && !items.some((s) => s.id === selected.id) ? [selected, ...items] : items;
  const { error, onEdit } = useFieldError('stakeholder_id');

  return (
    <ComboBox
      className="field"
      items={options}
      inputValue={input}
      onInputChange={(value) => {
        setInput(value);
        onEdit();
        if (selected && value !== selected.name) onSelect(null);
      }}
      selectedKey={selected?.id ?? null}
      onSelectionChange={(key: Key | null) => {
        onEdit();
        const stakeholder = options.find((s) => s.id === key) ?? null;
        onSelect(stakeholder);
        if (stakeholder) setInput(stakeholder.name);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={error !== undefined}
    >
      <Label className="field__label">{label}</Label>
      <Text slot="description" className="field__description">
        {description}
      </Text>
      {error ? <Text slot="errorMessage" className="field__error">{error}</Text> : null}
      <div className="combobox">
        <Input className="field__input combobox__input" />
        <Button className="combobox__button" aria-label={t('partners.showRegister')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className="popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox__empty">{found.isFetching ? t('common.loading') : t('partners.noStakeholders')}</p>}
        >
          {(s: PickedStakeholder) => (
            <ListBoxItem id={s.id} className="listbox__item" textValue={s.name}>
              {s.name}
              {s.type ? <span className="listbox__meta"> · {t(`stakeholders.types.${s.type}`)}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
