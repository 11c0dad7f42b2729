import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCoalitionPartners } from '../../api/partners';
import { useAddStructureMember, useCreateStructure, useDeleteStructure, useRemoveStructureMember, useWorkingStructures } from '../../api/plan';
import type { WorkingStructureKind, WorkingStructureRead } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Loading, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { STRUCTURE_KINDS } from './plan';

/** Working groups, project and programme teams, steering groups and sounding boards (step 6). */
export function StructuresPanel({ coalitionId, canManage }: { coalitionId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const structures = useWorkingStructures(coalitionId);
  return (
    <section className="panel" aria-labelledby="structures-heading" id="structures">
      <h2 id="structures-heading">{t('plan.structuresHeading')}</h2>
      <p className="muted">{t('plan.structuresIntro')}</p>
      {structures.isPending ? <Loading /> : null}
      {structures.isError ? <QueryError error={structures.error} /> : null}
      {structures.data && structures.data.length === 0 ? <p className="empty">{t('plan.structuresEmpty')}</p> : null}
      <ul className="card-list">
        {(structures.data ?? []).map((structure) => (
          <Structure key={structure.id} coalitionId={coalitionId} structure={structure} canManage={canManage} />
        ))}
      </ul>
      {canManage ? <StructureForm coalitionId={coalitionId} /> : null}
    </section>
  );
}

function Structure({ coalitionId, structure, canManage }: { coalitionId: string; structure: WorkingStructureRead; canManage: boolean }) {
  const { t } = useTranslation();
  const removeMember = useRemoveStructureMember(coalitionId);
  const remove = useDeleteStructure(coalitionId);
  return (
    <li className="card" data-structure={structure.name}>
      <div className="panel__header">
        <h3 className="card__title">{structure.name}</h3>
        <span className="badge badge--neutral">{t(`plan.kinds.${structure.kind}`)}</span>
      </div>
      {structure.purpose ? <p className="card__text">{structure.purpose}</p> : null}
      {structure.members.length === 0 ? <p className="muted">{t('plan.noMembers')}</p> : null}
      <ul className="item-list">
        {structure.members.map((member) => (
          <li key={member.id} className="item-list__item">
            <div className="item-list__main">
              <span className="item-list__title">{member.name}</span>
              <span className="item-list__meta">{[member.role, member.partner_name].filter(Boolean).join(' · ')}</span>
            </div>
            {canManage ? (
              <Button
                className="button button--quiet button--small"
                aria-label={t('plan.removeMember', { name: member.name, structure: structure.name })}
                onPress={() => removeMember.mutate({ structureId: structure.id, memberId: member.id })}
              >
                {t('plan.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canManage ? (
        <>
          <MemberForm coalitionId={coalitionId} structure={structure} />
          <Button
            className="button button--quiet button--small"
            aria-label={t('plan.removeStructure', { name: structure.name })}
            onPress={() => remove.mutate(structure.id)}
          >
            {t('plan.dissolve')}
          </Button>
        </>
      ) : null}
    </li>
  );
}

function MemberForm({ coalitionId, structure }: { coalitionId: string; structure: WorkingStructureRead }) {
  const { t } = useTranslation();
  const add = useAddStructureMember(coalitionId);
  const partners = useCoalitionPartners(coalitionId);
  const errors = useFormErrors(add.error, ['name', 'partner_id', 'role']);
  const checks = useMemo(() => ({ name: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <details className="disclosure">
      <summary className="disclosure__summary">{t('plan.addMemberTo', { name: structure.name })}</summary>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          add.mutate(
            {
              id: structure.id,
              body: {
                name: values.name ?? '',
                role: values.role ?? '',
                partner_id: values.partner_id && values.partner_id !== 'none' ? values.partner_id : null,
              },
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <div className="form__row form__row--three">
          <TextInput name="name" label={t('plan.memberName')} required />
          <SelectInput
            name="partner_id"
            label={t('plan.memberPartner')}
            defaultSelectedKey="none"
            options={[{ id: 'none', label: t('plan.noPartner') }, ...(partners.data ?? []).map((p) => ({ id: p.id, label: p.name }))]}
          />
          <TextInput name="role" label={`${t('plan.memberRole')} ${t('common.optional')}`} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={add.isPending}>{t('plan.addMember')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}

function StructureForm({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const create = useCreateStructure(coalitionId);
  const errors = useFormErrors(create.error, ['kind', 'name', 'purpose']);
  const checks = useMemo(() => ({ name: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <details className="disclosure">
      <summary className="disclosure__summary">{t('plan.addStructure')}</summary>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            { kind: (values.kind || 'working_group') as WorkingStructureKind, name: values.name ?? '', purpose: values.purpose ?? '' },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <div className="form__row">
          <SelectInput
            name="kind"
            label={t('plan.kind')}
            defaultSelectedKey="working_group"
            options={STRUCTURE_KINDS.map((id) => ({ id, label: t(`plan.kinds.${id}`) }))}
          />
          <TextInput name="name" label={t('plan.structureName')} required />
        </div>
        <TextAreaInput name="purpose" label={`${t('plan.purpose')} ${t('common.optional')}`} rows={2} />
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('plan.addStructureSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </details>
  );
}
