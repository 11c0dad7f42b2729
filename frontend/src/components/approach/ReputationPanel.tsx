import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateReputationAction, useDeleteReputationAction, useReputationActions, useUpdateReputationAction } from '../../api/approach';
import type { ActionStatus, ReputationActionRead, ReputationKind } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { AddDisclosure, ListPanel, RemoveButton } from './parts';

export const REPUTATION_KINDS: ReputationKind[] = ['proactive_core_risks', 'build_reserve', 'protect'];
const ACTION_STATUSES: ActionStatus[] = ['open', 'in_progress', 'done'];

interface IssueProps {
  organisationId: string;
  issueId: string;
}

/** Outside: reputation management in the seed's three parts. */
export function ReputationPanel({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const actions = useReputationActions(organisationId, issueId);
  const items = actions.data?.items ?? [];
  return (
    <ListPanel
      id="reputation"
      title={t('approach.reputationHeading')}
      intro={t('approach.reputationIntro')}
      query={actions}
      empty={t('approach.noReputationActions')}
      form={<AddReputationAction organisationId={organisationId} issueId={issueId} />}
    >
      <div className="reputation-groups">
        {REPUTATION_KINDS.map((kind) => {
          const ofKind = items.filter((a) => a.kind === kind);
          return (
            <section key={kind} className="reputation-group" aria-labelledby={`reputation-${kind}`}>
              <h3 id={`reputation-${kind}`}>{t(`approach.reputationKinds.${kind}`)}</h3>
              {ofKind.length === 0 ? (
                <p className="muted">{t('approach.noneOfKind')}</p>
              ) : (
                <ul className="item-list">
                  {ofKind.map((action) => (
                    <ActionLine key={action.id} organisationId={organisationId} issueId={issueId} action={action} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </ListPanel>
  );
}

function ActionLine({ organisationId, issueId, action }: IssueProps & { action: ReputationActionRead }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateReputationAction(organisationId, issueId);
  const remove = useDeleteReputationAction(organisationId, issueId);
  const meta = [action.owner ? t('approach.ownedBy', { owner: action.owner }) : null, action.due_on ? t('approach.due', { date: formatDate(action.due_on, locale) }) : null].filter(Boolean);
  return (
    <li className="item-list__item">
      <div className="item-list__main">
        <span className="item-list__title">{action.description}</span>
        {meta.length ? <span className="item-list__meta">{meta.join(' · ')}</span> : null}
      </div>
      <div className="approach-row-actions">
        <SelectInput
          name={`action-status-${action.id}`}
          label={t('approach.statusFor', { name: action.description })}
          className="approach-row-actions__select"
          selectedKey={action.status}
          onSelectionChange={(status) => update.mutate({ id: action.id, body: { status: status as ActionStatus } })}
          options={ACTION_STATUSES.map((s) => ({ id: s, label: t(`approach.actionStatuses.${s}`) }))}
        />
        <RemoveButton label={t('approach.removeNamed', { name: action.description })} isPending={remove.isPending} onPress={() => remove.mutate(action.id)} />
      </div>
      {update.isError ? <QueryError error={update.error} /> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </li>
  );
}

function AddReputationAction({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const create = useCreateReputationAction(organisationId, issueId);
  const errors = useFormErrors(create.error, ['kind', 'description', 'owner', 'due_on']);
  const checks = useMemo(() => ({ description: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <AddDisclosure summary={t('approach.addReputationAction')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            {
              kind: (values.kind || 'proactive_core_risks') as ReputationKind,
              description: values.description ?? '',
              owner: values.owner ?? '',
              due_on: values.due_on || null,
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <SelectInput
          name="kind"
          label={t('approach.reputationKind')}
          defaultSelectedKey="proactive_core_risks"
          options={REPUTATION_KINDS.map((k) => ({ id: k, label: t(`approach.reputationKinds.${k}`) }))}
        />
        <TextAreaInput name="description" label={t('approach.actionDescription')} rows={2} required />
        <div className="approach-form-row">
          <TextInput name="owner" label={`${t('approach.owner')} ${t('common.optional')}`} />
          <TextInput name="due_on" type="date" label={t('approach.dueOn')} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('approach.addReputationActionSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}
