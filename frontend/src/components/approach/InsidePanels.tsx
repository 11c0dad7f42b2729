import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAgendaItems,
  useCreateAgendaItem,
  useCreatePolicyLink,
  useDeleteAgendaItem,
  useDeletePolicyLink,
  usePolicyLinks,
  useUpdateAgendaItem,
} from '../../api/approach';
import type { AgendaForum, AgendaItemRead, AgendaStatus } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { ValidatedForm } from '../ui/ValidatedForm';
import { useAudience } from '../organisations/audience';
import { AddDisclosure, ListPanel, RemoveButton } from './parts';

const FORUMS: AgendaForum[] = ['board', 'members_meeting', 'working_group', 'other'];
const AGENDA_STATUSES: AgendaStatus[] = ['planned', 'discussed', 'postponed'];

interface IssueProps {
  organisationId: string;
  issueId: string;
}

/** Inside the organisation: where and when the issue is on the agenda. */
export function AgendaPanel({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const audience = useAudience();
  const items = useAgendaItems(organisationId, issueId);
  return (
    <ListPanel
      id="agenda"
      title={t('approach.agendaHeading')}
      intro={t('approach.agendaIntro', { context: audience })}
      query={items}
      empty={t('approach.noAgendaItems')}
      form={<AddAgendaItem organisationId={organisationId} issueId={issueId} />}
    >
      <ul className="item-list">
        {(items.data?.items ?? []).map((item) => (
          <AgendaLine key={item.id} organisationId={organisationId} issueId={issueId} item={item} />
        ))}
      </ul>
    </ListPanel>
  );
}

function AgendaLine({ organisationId, issueId, item }: IssueProps & { item: AgendaItemRead }) {
  const { t } = useTranslation();
  const audience = useAudience();
  const locale = currentLocale();
  const update = useUpdateAgendaItem(organisationId, issueId);
  const remove = useDeleteAgendaItem(organisationId, issueId);
  const meta = [t(`approach.forums.${item.forum}`, { context: audience }), item.planned_on ? formatDate(item.planned_on, locale) : null].filter(Boolean);
  return (
    <li className="item-list__item">
      <div className="item-list__main">
        <span className="item-list__title">{item.title}</span>
        <span className="item-list__meta">{meta.join(' · ')}</span>
        {item.notes ? <span>{item.notes}</span> : null}
      </div>
      <div className="approach-row-actions">
        <SelectInput
          name={`agenda-status-${item.id}`}
          label={t('approach.statusFor', { name: item.title })}
          className="approach-row-actions__select"
          selectedKey={item.status}
          onSelectionChange={(status) => update.mutate({ id: item.id, body: { status: status as AgendaStatus } })}
          options={AGENDA_STATUSES.map((s) => ({ id: s, label: t(`approach.agendaStatuses.${s}`) }))}
        />
        <RemoveButton label={t('approach.removeNamed', { name: item.title })} isPending={remove.isPending} onPress={() => remove.mutate(item.id)} />
      </div>
      {update.isError ? <QueryError error={update.error} /> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </li>
  );
}

function AddAgendaItem({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const audience = useAudience();
  const create = useCreateAgendaItem(organisationId, issueId);
  const errors = useFormErrors(create.error, ['forum', 'title', 'planned_on', 'notes']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <AddDisclosure summary={t('approach.addAgendaItem')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            {
              forum: (values.forum || 'board') as AgendaForum,
              title: values.title ?? '',
              planned_on: values.planned_on || null,
              notes: values.notes ?? '',
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <div className="approach-form-row">
          <SelectInput name="forum" label={t('approach.forum')} defaultSelectedKey="board" options={FORUMS.map((f) => ({ id: f, label: t(`approach.forums.${f}`, { context: audience }) }))} />
          <TextInput name="planned_on" type="date" label={t('approach.plannedOn')} />
        </div>
        <TextInput name="title" label={t('approach.agendaTitle')} required />
        <TextAreaInput name="notes" label={`${t('approach.notes')} ${t('common.optional')}`} rows={2} />
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('approach.addAgendaItemSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}

/** Inside the organisation: internal policy the issue connects to. */
export function PolicyLinksPanel({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const links = usePolicyLinks(organisationId, issueId);
  const remove = useDeletePolicyLink(organisationId, issueId);
  return (
    <ListPanel
      id="policy"
      title={t('approach.policyHeading')}
      intro={t('approach.policyIntro')}
      query={links}
      empty={t('approach.noPolicyLinks')}
      form={<AddPolicyLink organisationId={organisationId} issueId={issueId} />}
    >
      <ul className="item-list">
        {(links.data?.items ?? []).map((link) => (
          <li key={link.id} className="item-list__item">
            <div className="item-list__main">
              <span className="item-list__title">
                {link.url ? (
                  <a href={link.url} target="_blank" rel="noreferrer noopener">
                    {link.title}
                  </a>
                ) : (
                  link.title
                )}
              </span>
              {link.notes ? <span className="item-list__meta">{link.notes}</span> : null}
            </div>
            <RemoveButton label={t('approach.removeNamed', { name: link.title })} isPending={remove.isPending} onPress={() => remove.mutate(link.id)} />
          </li>
        ))}
      </ul>
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </ListPanel>
  );
}

function AddPolicyLink({ organisationId, issueId }: IssueProps) {
  const { t } = useTranslation();
  const create = useCreatePolicyLink(organisationId, issueId);
  const errors = useFormErrors(create.error, ['title', 'url', 'notes']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <AddDisclosure summary={t('approach.addPolicyLink')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate({ title: values.title ?? '', url: values.url ?? '', notes: values.notes ?? '' }, { onSuccess: () => element.reset() })
        }
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('approach.policyTitle')} required />
        <TextInput name="url" type="url" label={`${t('approach.url')} ${t('common.optional')}`} />
        <TextAreaInput name="notes" label={`${t('approach.notes')} ${t('common.optional')}`} rows={2} />
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('approach.addPolicyLinkSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}
