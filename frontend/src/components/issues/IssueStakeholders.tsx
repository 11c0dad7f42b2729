import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useIssueStakeholders, useLinkStakeholder, useStakeholderOptions, useUnlinkStakeholder, useUpdateIssueStakeholder } from '../../api/issues';
import type { IssueStakeholderRead, StakeholderStance } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { SCORES, STANCES } from './issues';

const STANCE_TONE = { supportive: 'success', neutral: 'neutral', opposed: 'accent' } as const;

/** The stakeholder analysis of one issue: who, for or against, how interested, how influential. */
export function IssueStakeholders({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const links = useIssueStakeholders(organisationId, issueId);
  const unlink = useUnlinkStakeholder(organisationId, issueId);
  const [editing, setEditing] = useState<string | null>(null);
  const items = links.data?.items ?? [];
  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="analysis-heading">
        <div>
          <h2 id="analysis-heading">{t('issues.stakeholdersHeading')}</h2>
          <p className="muted">{t('issues.stakeholdersIntro')}</p>
        </div>
        {links.isPending ? <Loading /> : null}
        {links.isError ? <QueryError error={links.error} /> : null}
        {unlink.isError ? <QueryError error={unlink.error} /> : null}
        {links.data && items.length === 0 ? <p className="empty">{t('issues.noStakeholders')}</p> : null}
        {items.length > 0 ? (
          <div className="table-wrap">
            <table className="data-table stakeholder-table issue-stakeholder-table">
              <caption className="visually-hidden">{t('issues.stakeholdersHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('issues.stakeholder')}</th>
                  <th scope="col">{t('issues.stance')}</th>
                  <th scope="col" className="num">
                    {t('issues.interest')}
                  </th>
                  <th scope="col" className="num">
                    {t('issues.influence')}
                  </th>
                  <th scope="col">{t('issues.notes')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('issues.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((link) => (
                  <tr key={link.id} data-stakeholder={link.stakeholder.name}>
                    <th scope="row" className="stakeholder-table__name">
                      <Link to={`/organisations/${organisationId}/stakeholders/${link.stakeholder.id}`}>{link.stakeholder.name}</Link>
                      <span className="partner-table__meta">{t(`stakeholders.types.${link.stakeholder.type}`)}</span>
                    </th>
                    <td data-label={t('issues.stance')}>
                      <Badge tone={STANCE_TONE[link.stance]}>{t(`issues.stances.${link.stance}`)}</Badge>
                    </td>
                    <td data-label={t('issues.interest')} className="num">
                      {link.interest}
                    </td>
                    <td data-label={t('issues.influence')} className="num">
                      {link.influence}
                    </td>
                    <td data-label={t('issues.notes')}>{link.notes || <span className="muted">{t('issues.none')}</span>}</td>
                    <td>
                      <div className="row-actions">
                        <Button
                          className="button button--secondary button--small"
                          aria-label={t('issues.editLink', { name: link.stakeholder.name })}
                          onPress={() => setEditing(editing === link.id ? null : link.id)}
                        >
                          {t('issues.edit')}
                        </Button>
                        <Button
                          className="button button--quiet button--small"
                          aria-label={t('issues.unlink', { name: link.stakeholder.name })}
                          isDisabled={unlink.isPending}
                          onPress={() => unlink.mutate(link.id)}
                        >
                          {t('issues.remove')}
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {editing ? (
          <EditLink
            key={editing}
            organisationId={organisationId}
            issueId={issueId}
            link={items.find((l) => l.id === editing) ?? null}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </section>
      <AddLink organisationId={organisationId} issueId={issueId} linked={new Set(items.map((l) => l.stakeholder.id))} />
    </div>
  );
}

function ScoreFields({ link }: { link?: IssueStakeholderRead }) {
  const { t } = useTranslation();
  const options = (kind: 'interest' | 'influence') => SCORES.map((n) => ({ id: String(n), label: t(`issues.${kind}Scale.${n}`) }));
  return (
    <div className="form__row form__row--three">
      <SelectInput
        name="stance"
        label={t('issues.stance')}
        defaultSelectedKey={link?.stance ?? 'neutral'}
        options={STANCES.map((id) => ({ id, label: t(`issues.stances.${id}`) }))}
      />
      <SelectInput name="interest" label={t('issues.interest')} defaultSelectedKey={String(link?.interest ?? 3)} options={options('interest')} />
      <SelectInput name="influence" label={t('issues.influence')} defaultSelectedKey={String(link?.influence ?? 3)} options={options('influence')} />
    </div>
  );
}

function scores(values: Record<string, string>) {
  return {
    stance: (values.stance || 'neutral') as StakeholderStance,
    interest: Number(values.interest || 3),
    influence: Number(values.influence || 3),
    notes: (values.notes ?? '').trim(),
  };
}

function AddLink({ organisationId, issueId, linked }: { organisationId: string; issueId: string; linked: Set<string> }) {
  const { t } = useTranslation();
  const options = useStakeholderOptions(organisationId);
  const mutation = useLinkStakeholder(organisationId, issueId);
  const errors = useFormErrors(mutation.error, ['stakeholder_id', 'stance', 'interest', 'influence', 'notes']);
  const checks = useMemo(() => ({ stakeholder_id: required(t('issues.chooseStakeholder')) }), [t]);
  const form = useValidatedForm(checks, errors);
  const [added, setAdded] = useState<string | null>(null);
  const available = (options.data ?? []).filter((s) => !linked.has(s.id));
  return (
    <section className="panel panel--form" aria-labelledby="add-link-heading">
      <h2 id="add-link-heading">{t('issues.addStakeholder')}</h2>
      {options.isError ? <QueryError error={options.error} /> : null}
      {options.data && options.data.length === 0 ? (
        <p className="empty">
          {t('issues.registerEmpty')} <Link to={`/organisations/${organisationId}/stakeholders`}>{t('issues.toRegister')}</Link>
        </p>
      ) : (
        <ValidatedForm
          form={form}
          onValid={(values, element) => {
            setAdded(null);
            const name = available.find((s) => s.id === values.stakeholder_id)?.name ?? '';
            mutation.mutate(
              { stakeholder_id: values.stakeholder_id ?? '', ...scores(values) },
              {
                onSuccess: () => {
                  element.reset();
                  setAdded(name);
                },
              },
            );
          }}
        >
          <FormAlert message={errors.general} />
          <SelectInput
            name="stakeholder_id"
            isDisabled={options.isPending}
            label={t('issues.stakeholderFromRegister')}
            placeholder={t('issues.chooseStakeholder')}
            options={available.map((s) => ({ id: s.id, label: s.name }))}
          />
          <ScoreFields />
          <TextAreaInput name="notes" label={`${t('issues.notes')} ${t('common.optional')}`} rows={2} />
          <div className="form__actions">
            <SubmitButton isPending={mutation.isPending}>{t('issues.link')}</SubmitButton>
          </div>
        </ValidatedForm>
      )}
      {added ? <Notice tone="success">{t('issues.linked', { name: added })}</Notice> : null}
    </section>
  );
}

function EditLink({
  organisationId,
  issueId,
  link,
  onDone,
}: {
  organisationId: string;
  issueId: string;
  link: IssueStakeholderRead | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useUpdateIssueStakeholder(organisationId, issueId);
  const errors = useFormErrors(mutation.error, ['stance', 'interest', 'influence', 'notes']);
  const checks = useMemo(() => ({}), []);
  const form = useValidatedForm(checks, errors);
  if (!link) return null;
  return (
    <div className="inline-editor" role="group" aria-label={t('issues.editLink', { name: link.stakeholder.name })}>
      <h3>{t('issues.editLink', { name: link.stakeholder.name })}</h3>
      <ValidatedForm form={form} onValid={(values) => mutation.mutate({ linkId: link.id, body: scores(values) }, { onSuccess: onDone })}>
        <FormAlert message={errors.general} />
        <ScoreFields link={link} />
        <TextAreaInput name="notes" label={`${t('issues.notes')} ${t('common.optional')}`} rows={2} defaultValue={link.notes} />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('issues.save')}</SubmitButton>
          <Button className="button button--secondary" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </ValidatedForm>
    </div>
  );
}
