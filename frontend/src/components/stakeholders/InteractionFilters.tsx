import { Button, Input, Label, TextField, FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InteractionFilter } from '../../api/stakeholders';
import { INTERACTION_TYPES, type InteractionType } from '../../api/types';
import { SelectInput } from '../ui/fields';

const ALL = 'all';

export const NO_INTERACTION_FILTER: InteractionFilter = { type: null, from: '', to: '' };

export function isFiltering(filter: InteractionFilter): boolean {
  return filter.type !== null || filter.from !== '' || filter.to !== '';
}

/** The period is backwards when both days are given and `to` comes before `from` (ISO days sort as text). */
export function periodBackwards(filter: InteractionFilter): boolean {
  return filter.from !== '' && filter.to !== '' && filter.to < filter.from;
}

interface Props {
  filter: InteractionFilter;
  onChange: (filter: InteractionFilter) => void;
}

/** Narrow the interaction log by kind of contact and a period (both days included). */
export function InteractionFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const backwards = periodBackwards(filter);
  return (
    <div className="filters" role="group" aria-label={t('stakeholders.interactionFilters')}>
      <SelectInput
        name="interaction-filter-type"
        label={t('stakeholders.interactionType')}
        selectedKey={filter.type ?? ALL}
        onSelectionChange={(key) => onChange({ ...filter, type: key === ALL ? null : (key as InteractionType) })}
        options={[{ id: ALL, label: t('stakeholders.allInteractionTypes') }, ...INTERACTION_TYPES.map((id) => ({ id, label: t(`stakeholders.interactionTypes.${id}`) }))]}
      />
      <TextField className="field" type="date" value={filter.from} onChange={(from) => onChange({ ...filter, from })}>
        <Label className="field__label">{t('stakeholders.filterFrom')}</Label>
        <Input className="field__input" />
      </TextField>
      <TextField className="field" type="date" value={filter.to} isInvalid={backwards} onChange={(to) => onChange({ ...filter, to })}>
        <Label className="field__label">{t('stakeholders.filterTo')}</Label>
        <Input className="field__input" />
        <FieldError className="field__error">{t('stakeholders.filterToBeforeFrom')}</FieldError>
      </TextField>
      {isFiltering(filter) ? (
        <Button className="button button--secondary button--small filters__clear" onPress={() => onChange(NO_INTERACTION_FILTER)}>
          {t('stakeholders.clearInteractionFilters')}
        </Button>
      ) : null}
    </div>
  );
}
