import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOwnPlan, useSetDraft, useSetPartnerPlan } from '../../api/journey';
import type { CoalitionRead, ExecutionPower, PartnerPlanRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { PreparationNotice } from '../coalitions/Visibility';
import { hiddenBy, sees } from '../coalitions/visibilityRule';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { WorkPanel } from './WorkPanel';

const POWERS: ExecutionPower[] = ['own', 'extra_means', 'none'];
const NO_CHECKS = {};

/** Step 3: the own plan — per partner its role, execution power, interest and influence; a draft of the organisation. */
export function OwnPlanPanel({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const coalitionId = coalition.id;
  const canManage = coalition.can_manage;
  const query = useOwnPlan(coalitionId, sees(coalition, 'own_plan'));
  const visible = sees(coalition, 'own_plan') && !hiddenBy(query.error);
  // The positions come from the partner matrix, which may be preparation even when the plan is shared.
  const positions = sees(coalition, 'partner_positions');
  return (
    <WorkPanel
      id="own-plan-heading"
      title={t('journey.ownPlan.heading')}
      intro={t('journey.ownPlan.intro')}
      coalition={coalition}
      piece="own_plan"
      query={visible ? query : null}
      notice={visible ? null : <PreparationNotice piece="own_plan" />}
    >
      {(plan) => (
        <>
          <Draft coalitionId={coalitionId} text={plan.draft.text} updatedBy={plan.draft.updated_by_name} canManage={canManage} />
          {plan.partners.length === 0 ? (
            <p className="empty">
              {t('journey.noPartners')} <Link to={`/coalitions/${coalitionId}/partners`}>{t('journey.toPartners')}</Link>
            </p>
          ) : (
            <ul className="card-list journey-plans">
              {plan.partners.map((partner) => (
                <li key={partner.partner_id} className="card" data-partner={partner.partner_name}>
                  <PartnerPlan coalitionId={coalitionId} partner={partner} canManage={canManage} positions={positions} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </WorkPanel>
  );
}

function Draft({ coalitionId, text, updatedBy, canManage }: { coalitionId: string; text: string; updatedBy: string | null; canManage: boolean }) {
  const { t } = useTranslation();
  const save = useSetDraft(coalitionId);
  const server = useFormErrors(save.error, ['text']);
  const form = useValidatedForm(NO_CHECKS, server);
  if (!canManage) {
    return (
      <div className="journey-subsection">
        <h3>{t('journey.ownPlan.draft')}</h3>
        <p className="journey-notes">{text || t('journey.ownPlan.noDraft')}</p>
      </div>
    );
  }
  return (
    <div className="journey-subsection">
      <ValidatedForm form={form} onValid={(values) => save.mutate({ text: values.text ?? '' })}>
        <FormAlert message={server.general} />
        <TextAreaInput name="text" label={t('journey.ownPlan.draft')} description={t('journey.ownPlan.draftHint')} defaultValue={text} rows={6} />
        <div className="form__actions">
          <SubmitButton isPending={save.isPending}>{t('journey.ownPlan.saveDraft')}</SubmitButton>
        </div>
      </ValidatedForm>
      {save.isSuccess ? <Notice tone="success">{t('journey.ownPlan.draftSaved')}</Notice> : updatedBy ? <p className="muted">{t('journey.ownPlan.lastBy', { name: updatedBy })}</p> : null}
    </div>
  );
}

interface PartnerPlanProps {
  coalitionId: string;
  partner: PartnerPlanRead;
  canManage: boolean;
  /** Whether the caller sees the partner matrix the influence and dependency come from. */
  positions: boolean;
}

function PartnerPlan({ coalitionId, partner, canManage, positions }: PartnerPlanProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const save = useSetPartnerPlan(coalitionId);
  const server = useFormErrors(save.error, ['role', 'execution_power', 'notes']);
  const form = useValidatedForm(NO_CHECKS, server);
  const [saved, setSaved] = useState(false);
  const headingId = `plan-${partner.partner_id}`;
  const position = partner.position;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {partner.partner_name}
      </h3>
      <dl className="facts facts--compact">
        <div>
          <dt>{t('journey.ownPlan.influence')}</dt>
          <dd>{position ? formatNumber(position.influence, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('journey.ownPlan.dependency')}</dt>
          <dd>{position ? formatNumber(position.dependency, locale) : '–'}</dd>
        </div>
        <div>
          <dt>{t('journey.ownPlan.interest')}</dt>
          <dd>{t('journey.ownPlan.topics', { count: partner.interests.topics, weight: partner.interests.total_weight })}</dd>
        </div>
      </dl>
      <p className="muted">
        {position
          ? t('journey.ownPlan.fromMatrix', { count: position.assessors })
          : t(positions ? 'journey.ownPlan.notAssessed' : 'journey.ownPlan.positionsPreparation')}
        {partner.interests.reasons_to_join.length > 0 ? ` ${t('journey.ownPlan.reasons', { topics: partner.interests.reasons_to_join.join(', ') })}` : ''}
      </p>
      {canManage ? (
        <ValidatedForm
          form={form}
          onValid={(values) => {
            setSaved(false);
            save.mutate(
              {
                partnerId: partner.partner_id,
                body: {
                  role: (values.role ?? '').trim(),
                  execution_power: (values.execution_power || null) as ExecutionPower | null,
                  notes: (values.notes ?? '').trim(),
                },
              },
              { onSuccess: () => setSaved(true) },
            );
          }}
        >
          <FormAlert message={server.general} />
          <div className="form__row">
            <TextInput name="role" label={t('journey.ownPlan.role')} defaultValue={partner.role} />
            <SelectInput
              name="execution_power"
              label={t('journey.ownPlan.executionPower')}
              placeholder={t('journey.ownPlan.unknown')}
              defaultSelectedKey={partner.execution_power ?? undefined}
              options={POWERS.map((id) => ({ id, label: t(`journey.ownPlan.powers.${id}`) }))}
            />
          </div>
          <TextAreaInput name="notes" label={t('journey.ownPlan.notes')} defaultValue={partner.notes} rows={2} />
          <div className="form__actions">
            <SubmitButton isPending={save.isPending}>{t('journey.ownPlan.save')}</SubmitButton>
          </div>
          {saved ? <Notice tone="success">{t('journey.ownPlan.saved', { name: partner.partner_name })}</Notice> : null}
        </ValidatedForm>
      ) : (
        <dl className="facts facts--compact">
          <div>
            <dt>{t('journey.ownPlan.role')}</dt>
            <dd>{partner.role || '–'}</dd>
          </div>
          <div>
            <dt>{t('journey.ownPlan.executionPower')}</dt>
            <dd>{partner.execution_power ? t(`journey.ownPlan.powers.${partner.execution_power}`) : t('journey.ownPlan.unknown')}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
