import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_KINDS, STAKEHOLDER_TYPES, type NewStakeholder, type Stakeholder, type StakeholderKind, type StakeholderType } from '../../api/types';
import { useFieldError, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { contactsFrom, externalIdsFrom, joinList, parseList } from './stakeholders';
import { useRepeatRows } from './useRepeatRows';

const BASE_FIELDS = ['kind', 'name', 'type', 'sector', 'region', 'website', 'tags', 'interests', 'notes', 'contacts', 'external_ids'];
const CONTACT_FIELDS = ['name', 'role', 'email', 'phone'] as const;
const EXTERNAL_ID_FIELDS = ['system', 'id'] as const;

interface Props {
  /** The stakeholder to edit; none for a new one. */
  stakeholder?: Stakeholder;
  error: unknown;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (body: NewStakeholder, form: HTMLFormElement, reset: () => void) => void;
}

/** Kind, name, type, where, tags, interests, notes and one or more contact people. */
export function StakeholderForm({ stakeholder, error, isPending, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const initialRows = Math.max(1, stakeholder?.contacts.length ?? 1);
  const contactRows = useRepeatRows('contacts', CONTACT_FIELDS, BASE_FIELDS, error, initialRows);
  const { rows, add, remove } = contactRows;
  // The external ids chain onto the contacts: one set of field errors for the whole form.
  const idRows = useRepeatRows(
    'external_ids',
    EXTERNAL_ID_FIELDS,
    contactRows.fields,
    contactRows.renumbered,
    Math.max(1, stakeholder?.external_ids.length ?? 1),
    true,
  );
  const errors = idRows.errors;
  const reset = () => {
    contactRows.reset();
    idRows.reset();
  };
  const markSent = (values: Record<string, string>) => {
    contactRows.markSent(values);
    idRows.markSent(values);
  };
  const checks = useMemo(() => ({ name: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const idPrefix = stakeholder ? `edit-${stakeholder.id}` : 'new';

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    markSent(values);
    const body: NewStakeholder = {
      kind: (values.kind || 'organisation') as StakeholderKind,
      name: (values.name ?? '').trim(),
      type: (values.type || 'other') as StakeholderType,
      sector: (values.sector ?? '').trim(),
      region: (values.region ?? '').trim(),
      website: (values.website ?? '').trim(),
      tags: parseList(values.tags ?? ''),
      interests: (values.interests ?? '').trim(),
      notes: (values.notes ?? '').trim(),
      contacts: contactsFrom(values, rows),
      external_ids: externalIdsFrom(values, idRows.rows),
    };
    onSubmit(body, element, () => {
      element.reset();
      reset();
    });
  }

  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <div className="form__row">
        <SelectInput
          name="kind"
          label={t('stakeholders.kind')}
          defaultSelectedKey={stakeholder?.kind ?? 'organisation'}
          options={STAKEHOLDER_KINDS.map((id) => ({ id, label: t(`stakeholders.kinds.${id}`) }))}
        />
        <SelectInput
          name="type"
          label={t('stakeholders.type')}
          defaultSelectedKey={stakeholder?.type ?? 'other'}
          options={STAKEHOLDER_TYPES.map((id) => ({ id, label: t(`stakeholders.types.${id}`) }))}
        />
      </div>
      <TextInput name="name" label={t('stakeholders.nameField')} defaultValue={stakeholder?.name} required />
      <div className="form__row">
        <TextInput name="sector" label={t('stakeholders.sector')} defaultValue={stakeholder?.sector} />
        <TextInput name="region" label={t('stakeholders.region')} defaultValue={stakeholder?.region} />
      </div>
      <TextInput name="website" type="url" label={`${t('stakeholders.website')} ${t('common.optional')}`} defaultValue={stakeholder?.website} />
      <TextInput name="tags" label={t('stakeholders.tags')} description={t('stakeholders.tagsHint')} defaultValue={stakeholder ? joinList(stakeholder.tags) : undefined} />
      <TextAreaInput name="interests" label={t('stakeholders.interests')} rows={3} defaultValue={stakeholder?.interests} />
      <TextAreaInput name="notes" label={t('stakeholders.notes')} rows={3} defaultValue={stakeholder?.notes} />
      <fieldset className="fieldset">
        <legend className="field__label">{t('stakeholders.contacts')}</legend>
        {rows.map((id, index) => {
          const contact = stakeholder?.contacts[id];
          const n = index + 1;
          return (
            <fieldset key={id} className="fieldset repeat-row" id={`${idPrefix}-contact-${id}`}>
              <legend className="repeat-row__legend">{t('stakeholders.contact', { n })}</legend>
              <div className="form__row">
                <TextInput name={`contacts.${id}.name`} label={t('stakeholders.contactName')} defaultValue={contact?.name} />
                <TextInput name={`contacts.${id}.role`} label={t('stakeholders.contactRole')} defaultValue={contact?.role} />
                <TextInput name={`contacts.${id}.email`} type="email" label={t('stakeholders.contactEmail')} defaultValue={contact?.email} />
                <TextInput name={`contacts.${id}.phone`} type="tel" label={t('stakeholders.contactPhone')} defaultValue={contact?.phone} />
              </div>
              {rows.length > 1 ? (
                <Button className="button button--quiet button--small" onPress={() => remove(id)}>
                  {t('stakeholders.removeContact', { n })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <div>
          <Button
            className="button button--secondary button--small"
            onPress={add}
          >
            {t('stakeholders.addContact')}
          </Button>
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">
          {t('stakeholders.externalIds')} {t('common.optional')}
        </legend>
        <p className="field__description">{t('stakeholders.externalIdsHint')}</p>
        {idRows.rows.map((id, index) => {
          const external = stakeholder?.external_ids[id];
          const n = index + 1;
          return (
            <fieldset key={id} className="fieldset repeat-row" id={`${idPrefix}-external-${id}`}>
              <legend className="repeat-row__legend">{t('stakeholders.externalId', { n })}</legend>
              <div className="form__row">
                <TextInput name={`external_ids.${id}.system`} label={t('stakeholders.externalSystem')} defaultValue={external?.system} />
                <TextInput name={`external_ids.${id}.id`} label={t('stakeholders.externalIdValue')} defaultValue={external?.id} />
              </div>
              <RowError name={`external_ids.${id}`} />
              {idRows.rows.length > 1 ? (
                <Button className="button button--quiet button--small" onPress={() => idRows.remove(id)}>
                  {t('stakeholders.removeExternalId', { n })}
                </Button>
              ) : null}
            </fieldset>
          );
        })}
        <div>
          <Button className="button button--secondary button--small" onPress={idRows.add}>
            {t('stakeholders.addExternalId')}
          </Button>
        </div>
      </fieldset>
      <div className="form__actions">
        <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

/** A server error about a whole row (a duplicate external id), read out when it appears. */
function RowError({ name }: { name: string }) {
  const { error } = useFieldError(name);
  return error ? (
    <p className="field__error" role="alert">
      {error}
    </p>
  ) : null;
}
