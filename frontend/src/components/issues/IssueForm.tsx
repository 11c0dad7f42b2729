import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me';
import { useOrganisationMembers } from '../../api/organisations';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import type { IssueCreate, IssuePhase, IssueRead, IssueScope, IssueStatus } from '../../client/types.gen';
import { useAudience } from '../organisations/audience';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { joinList, parseList } from '../stakeholders/stakeholders';
import { PHASES, SCOPES, SCORES, STATUSES } from './issues';
import { ObjectivesEditor, useObjectiveRows } from './ObjectivesEditor';

const FIELDS = ['title', 'description', 'goal', 'added_value', 'scope', 'scope_note', 'owner_id', 'tags', 'impact', 'urgency', 'status', 'phase'];
const NO_OWNER = 'none';

interface Props {
  organisationId: string;
  /** The issue to edit; none for a new one (then phase and status can be chosen too). */
  issue?: IssueRead;
  error: unknown;
  isPending: boolean;
  submitLabel: string;
  onSubmit: (body: IssueCreate, reset: () => void) => void;
}

/** Title, what it is about, its workable frame (goal, objectives, added value), whom it concerns,
 * owner, tags, impact and urgency. */
export function IssueForm({ organisationId, issue, error, isPending, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const context = useAudience();
  const members = useOrganisationMembers(organisationId);
  const me = useMe();
  // A new issue is owned by whoever registers it, unless they choose someone else.
  const defaultOwner = issue ? (issue.owner?.id ?? NO_OWNER) : (me.data?.id ?? NO_OWNER);
  const objectives = useObjectiveRows(issue?.objectives ?? [], error);
  const errors = useFormErrors(objectives.error, [...FIELDS, ...objectives.fields]);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const scoreOptions = (kind: 'impact' | 'urgency') => SCORES.map((n) => ({ id: String(n), label: t(`issues.${kind}Scale.${n}`) }));
  const ownerOptions = [
    { id: NO_OWNER, label: t('issues.noOwner') },
    ...(members.data?.items ?? []).map((m) => ({ id: m.user_id, label: m.name })),
  ];

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    const owner = values.owner_id ?? NO_OWNER;
    const body: IssueCreate = {
      title: (values.title ?? '').trim(),
      description: (values.description ?? '').trim(),
      // Blank is "not written down": null, as the server stores it.
      goal: (values.goal ?? '').trim() || null,
      objectives: objectives.collect(values),
      added_value: (values.added_value ?? '').trim() || null,
      scope: (values.scope || 'association') as IssueScope,
      scope_note: (values.scope_note ?? '').trim(),
      owner_id: owner === NO_OWNER || owner === '' ? null : owner,
      tags: parseList(values.tags ?? ''),
      impact: Number(values.impact || 3),
      urgency: Number(values.urgency || 3),
    };
    if (!issue) {
      body.status = (values.status || 'monitoring') as IssueStatus;
      body.phase = (values.phase || 'emergence') as IssuePhase;
    }
    onSubmit(body, () => element.reset());
  }

  const prefix = issue ? 'edit' : 'new';
  return (
    <ValidatedForm form={form} onValid={submit}>
      <FormAlert message={errors.general} />
      <TextInput name="title" label={t('issues.fieldTitle')} defaultValue={issue?.title} required />
      <TextAreaInput name="description" label={t('issues.description')} rows={3} defaultValue={issue?.description} />
      <fieldset className="fieldset issue-frame-fields">
        <legend className="issue-frame-fields__legend">{t('issues.frame.heading')}</legend>
        <p className="field__description">{t('issues.frame.intro')}</p>
        <TextAreaInput name="goal" label={t('issues.frame.goal')} description={t('issues.frame.goalHint')} rows={2} defaultValue={issue?.goal ?? undefined} />
        <ObjectivesEditor objectives={objectives} />
        <TextAreaInput
          name="added_value"
          label={t('issues.frame.addedValue')}
          description={t('issues.frame.addedValueHint', { context })}
          rows={2}
          defaultValue={issue?.added_value ?? undefined}
        />
      </fieldset>
      <div className="form__row">
        <SelectInput
          name="scope"
          label={t('issues.scope')}
          description={t('issues.scopeHint')}
          defaultSelectedKey={issue?.scope ?? 'association'}
          options={SCOPES.map((id) => ({ id, label: t(`issues.scopes.${id}`, { context }) }))}
        />
        <TextInput name="scope_note" label={`${t('issues.scopeNote')} ${t('common.optional')}`} defaultValue={issue?.scope_note} />
      </div>
      <div className="form__row">
        <SelectInput
          key={`${prefix}-owner-${members.data && me.data ? 'loaded' : 'loading'}`}
          name="owner_id"
          label={t('issues.owner')}
          defaultSelectedKey={defaultOwner}
          options={ownerOptions}
        />
        <TextInput name="tags" label={t('issues.tags')} description={t('issues.tagsHint')} defaultValue={issue ? joinList(issue.tags) : undefined} />
      </div>
      <div className="form__row">
        <SelectInput name="impact" label={t('issues.impact')} defaultSelectedKey={String(issue?.impact ?? 3)} options={scoreOptions('impact')} />
        <SelectInput name="urgency" label={t('issues.urgency')} defaultSelectedKey={String(issue?.urgency ?? 3)} options={scoreOptions('urgency')} />
      </div>
      {issue ? null : (
        <div className="form__row">
          <SelectInput name="phase" label={t('issues.phase')} defaultSelectedKey="emergence" options={PHASES.map((id) => ({ id, label: t(`issues.phases.${id}`) }))} />
          <SelectInput name="status" label={t('issues.status')} defaultSelectedKey="monitoring" options={STATUSES.map((id) => ({ id, label: t(`issues.statuses.${id}`) }))} />
        </div>
      )}
      <div className="form__actions">
        <SubmitButton isPending={isPending}>{submitLabel}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}
