import { useMemo, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useOrganisationMembers } from '../../api/organisations';
import {
  useCreateTask,
  useCreateTeamMember,
  useDeEscalate,
  useDeleteTask,
  useDeleteTeamMember,
  useUpdateTask,
} from '../../api/crisis';
import type { CrisisRole, CrisisScenario, ProtocolRead, TaskRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required, type Check } from '../../lib/validation';
import { CommunicationPlan } from '../approach/CommunicationPlan';
import { useOrganisationWorkspace } from '../organisations/OrganisationLayout';
import { AddDisclosure, RemoveButton } from '../approach/parts';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { MethodRule, methodSettingsPath } from '../ui/MethodRule';
import { FormAlert, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';

export const SCENARIOS: CrisisScenario[] = ['signalling', 'first_response', 'stabilisation', 'evaluation', 'closure'];
const ROLES: CrisisRole[] = ['lead', 'spokesperson', 'secretary', 'member', 'advisor'];

interface Props {
  organisationId: string;
  issueId: string;
  protocol: ProtocolRead;
}

/** How the protocol came about, and how it ended (for history). */
export function ProtocolSummaryLine({ protocol }: { protocol: ProtocolRead | Omit<ProtocolRead, 'scenarios' | 'team' | 'communications'> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="crisis-protocol__summary">
      <p>
        {t('crisis.escalatedLine', { date: formatDateTime(protocol.escalated_at, locale), name: protocol.escalated_by_name })}
        {protocol.override_reason ? ` ${t('crisis.byOverride', { reason: protocol.override_reason })}` : ` ${t('crisis.byRule')}`}
      </p>
      {protocol.de_escalated_at ? (
        <p>
          {t('crisis.deEscalatedLine', {
            date: formatDateTime(protocol.de_escalated_at, locale),
            name: protocol.de_escalated_by_name ?? '',
            reason: protocol.de_escalation_reason ?? '',
          })}
        </p>
      ) : null}
      <p className="muted">{t('crisis.tasksDone', { done: protocol.tasks_done, total: protocol.tasks_total })}</p>
    </div>
  );
}

/** The active crisis protocol: scenarios with their tasks, the team, the plan, de-escalation. */
export function ProtocolPanel({ organisationId, issueId, protocol }: Props) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="panel stack crisis-protocol" aria-labelledby="protocol-heading">
        <div>
          <h2 id="protocol-heading">{t('crisis.protocolHeading', { number: protocol.number })}</h2>
          <ProtocolSummaryLine protocol={protocol} />
          <ProtocolRule ownTemplate={protocol.own_template} />
        </div>
        <Scenarios organisationId={organisationId} issueId={issueId} protocol={protocol} editable />
        <AddTask organisationId={organisationId} issueId={issueId} protocolId={protocol.id} />
      </section>
      <Team organisationId={organisationId} issueId={issueId} protocol={protocol} editable />
      <CommunicationPlan organisationId={organisationId} issueId={issueId} protocolId={protocol.id} />
      <DeEscalateForm organisationId={organisationId} issueId={issueId} />
    </div>
  );
}

/** A closed protocol, read only. */
export function ProtocolHistoryView({ organisationId, issueId, protocol }: Props) {
  return (
    <div className="stack">
      <ProtocolRule ownTemplate={protocol.own_template} />
      <Scenarios organisationId={organisationId} issueId={issueId} protocol={protocol} editable={false} />
      <Team organisationId={organisationId} issueId={issueId} protocol={protocol} editable={false} />
      <CommunicationPlan organisationId={organisationId} issueId={issueId} protocolId={protocol.id} readOnly />
    </div>
  );
}

/**
 * Where the protocol's scenarios and tasks come from: Vitaal's filling of the method's "from
 * signalling to evaluation and closure", or the organisation's own template; admins can change
 * the template for the next crisis.
 */
function ProtocolRule({ ownTemplate }: { ownTemplate: boolean }) {
  const { t } = useTranslation();
  const { organisation, canManage } = useOrganisationWorkspace();
  return (
    <MethodRule ownedBy={ownTemplate ? organisation.name : undefined} settingsTo={canManage ? methodSettingsPath(organisation.id) : undefined}>
      {t(ownTemplate ? 'method.rules.crisisProtocolOwn' : 'method.rules.crisisProtocol')}
    </MethodRule>
  );
}

function Scenarios({ organisationId, issueId, protocol, editable }: Props & { editable: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="crisis-scenarios">
      {protocol.scenarios.map((scenario, index) => {
        const done = scenario.tasks.filter((task) => task.done).length;
        const headingId = `scenario-${protocol.id}-${scenario.scenario}`;
        return (
          <li key={scenario.scenario} className="crisis-scenario" aria-labelledby={headingId}>
            <h3 id={headingId} className="crisis-scenario__title">
              <span className="crisis-scenario__step" aria-hidden="true">
                {index + 1}
              </span>
              {t(`crisis.scenarios.${scenario.scenario}`)}
              <span className="crisis-scenario__count">{t('crisis.tasksDone', { done, total: scenario.tasks.length })}</span>
            </h3>
            {scenario.tasks.length === 0 ? <p className="muted">{t('crisis.noTasks')}</p> : null}
            <ul className="crisis-tasks">
              {scenario.tasks.map((task) => (
                <TaskLine key={task.id} organisationId={organisationId} issueId={issueId} protocolId={protocol.id} task={task} editable={editable} />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function TaskLine({ organisationId, issueId, protocolId, task, editable }: { organisationId: string; issueId: string; protocolId: string; task: TaskRead; editable: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const update = useUpdateTask(organisationId, issueId);
  const remove = useDeleteTask(organisationId, issueId);
  const meta = [
    task.owner ? t('approach.ownedBy', { owner: task.owner }) : null,
    task.due_on ? t('approach.due', { date: formatDate(task.due_on, locale) }) : null,
    task.done && task.done_by_name ? t('crisis.doneBy', { name: task.done_by_name }) : null,
  ].filter(Boolean);
  return (
    <li className={`crisis-task${task.done ? ' crisis-task--done' : ''}`}>
      {editable ? (
        <Checkbox
          className="crisis-check"
          isSelected={task.done}
          isDisabled={update.isPending}
          onChange={(done) => update.mutate({ protocolId, id: task.id, body: { done } })}
        >
          <span className="crisis-check__box" aria-hidden="true">
            {task.done ? '✓' : ''}
          </span>
          <span className="crisis-task__title">{task.title}</span>
        </Checkbox>
      ) : (
        <span className="crisis-task__title">
          <span aria-hidden="true">{task.done ? '✓ ' : '○ '}</span>
          <span className="visually-hidden">{task.done ? t('crisis.done') : t('crisis.open')}: </span>
          {task.title}
        </span>
      )}
      {editable ? (
        <RemoveButton label={t('approach.removeNamed', { name: task.title })} isPending={remove.isPending} onPress={() => remove.mutate({ protocolId, id: task.id })} />
      ) : null}
      {meta.length ? <span className="item-list__meta crisis-task__meta">{meta.join(' · ')}</span> : null}
      {update.isError ? <QueryError error={update.error} /> : null}
      {remove.isError ? <QueryError error={remove.error} /> : null}
    </li>
  );
}

function AddTask({ organisationId, issueId, protocolId }: { organisationId: string; issueId: string; protocolId: string }) {
  const { t } = useTranslation();
  const create = useCreateTask(organisationId, issueId);
  const errors = useFormErrors(create.error, ['scenario', 'title', 'owner', 'due_on']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <AddDisclosure summary={t('crisis.addTask')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            {
              protocolId,
              body: {
                scenario: (values.scenario || 'first_response') as CrisisScenario,
                title: values.title ?? '',
                owner: values.owner ?? '',
                due_on: values.due_on || null,
              },
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <SelectInput name="scenario" label={t('crisis.scenario')} defaultSelectedKey="first_response" options={SCENARIOS.map((s) => ({ id: s, label: t(`crisis.scenarios.${s}`) }))} />
        <TextInput name="title" label={t('crisis.taskTitle')} required />
        <div className="approach-form-row">
          <TextInput name="owner" label={`${t('approach.owner')} ${t('common.optional')}`} />
          <TextInput name="due_on" type="date" label={t('approach.dueOn')} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('crisis.addTaskSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}

function Team({ organisationId, issueId, protocol, editable }: Props & { editable: boolean }) {
  const { t } = useTranslation();
  const remove = useDeleteTeamMember(organisationId, issueId);
  return (
    <section className="panel stack" aria-labelledby={`team-heading-${protocol.id}`}>
      <div>
        <h2 id={`team-heading-${protocol.id}`}>{t('crisis.teamHeading')}</h2>
        {editable ? <p className="muted">{t('crisis.teamIntro')}</p> : null}
      </div>
      <ul className="item-list">
        {protocol.team.map((member) => (
          <li key={member.id} className="item-list__item">
            <div className="item-list__main">
              <span className="item-list__title">{member.name}</span>
              {member.contact ? <span className="item-list__meta">{member.contact}</span> : null}
            </div>
            <Badge tone={member.role === 'lead' ? 'accent' : 'neutral'}>{t(`crisis.roles.${member.role}`)}</Badge>
            {editable ? (
              <RemoveButton
                label={t('approach.removeNamed', { name: member.name })}
                isPending={remove.isPending}
                onPress={() => remove.mutate({ protocolId: protocol.id, id: member.id })}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {remove.isError ? <QueryError error={remove.error} /> : null}
      {editable ? <AddTeamMember organisationId={organisationId} issueId={issueId} protocolId={protocol.id} /> : null}
    </section>
  );
}

const SOMEONE_ELSE = 'someone-else';

function AddTeamMember({ organisationId, issueId, protocolId }: { organisationId: string; issueId: string; protocolId: string }) {
  const { t } = useTranslation();
  const members = useOrganisationMembers(organisationId);
  const create = useCreateTeamMember(organisationId, issueId);
  const [who, setWho] = useState(SOMEONE_ELSE);
  const errors = useFormErrors(create.error, ['user_id', 'name', 'role', 'contact']);
  const checks = useMemo(() => {
    const checks: Record<string, Check> = who === SOMEONE_ELSE ? { name: required(t('errors.required')) } : {};
    return checks;
  }, [who, t]);
  const form = useValidatedForm(checks, errors);
  const people = [
    { id: SOMEONE_ELSE, label: t('crisis.someoneElse') },
    ...(members.data?.items ?? []).map((m) => ({ id: m.user_id, label: m.name })),
  ];
  return (
    <AddDisclosure summary={t('crisis.addMember')}>
      <ValidatedForm
        form={form}
        onValid={(values, element) =>
          create.mutate(
            {
              protocolId,
              body: {
                user_id: who === SOMEONE_ELSE ? null : who,
                name: who === SOMEONE_ELSE ? values.name ?? '' : null,
                role: (values.role || 'member') as CrisisRole,
                contact: values.contact ?? '',
              },
            },
            { onSuccess: () => element.reset() },
          )
        }
      >
        <FormAlert message={errors.general} />
        <SelectInput name="who" label={t('crisis.who')} selectedKey={who} onSelectionChange={setWho} options={people} />
        {who === SOMEONE_ELSE ? <TextInput name="name" label={t('crisis.memberName')} required /> : null}
        <div className="approach-form-row">
          <SelectInput name="role" label={t('crisis.role')} defaultSelectedKey="member" options={ROLES.map((r) => ({ id: r, label: t(`crisis.roles.${r}`) }))} />
          <TextInput name="contact" type="tel" label={`${t('crisis.contact')} ${t('common.optional')}`} />
        </div>
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('crisis.addMemberSubmit')}</SubmitButton>
        </div>
      </ValidatedForm>
    </AddDisclosure>
  );
}

function DeEscalateForm({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const deEscalate = useDeEscalate(organisationId, issueId);
  const errors = useFormErrors(deEscalate.error, ['reason', 'status']);
  const checks = useMemo(() => ({ reason: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <section className="panel panel--form" aria-labelledby="de-escalate-heading">
      <h2 id="de-escalate-heading">{t('crisis.deEscalateHeading')}</h2>
      <p className="muted">{t('crisis.deEscalateIntro')}</p>
      <ValidatedForm
        form={form}
        onValid={(values) => deEscalate.mutate({ reason: values.reason ?? '', status: (values.status || 'active') as 'active' | 'monitoring' })}
      >
        <FormAlert message={errors.general} />
        <TextAreaInput name="reason" label={t('crisis.deEscalateReason')} rows={2} required />
        <SelectInput
          name="status"
          label={t('crisis.statusAfter')}
          defaultSelectedKey="active"
          options={(['active', 'monitoring'] as const).map((s) => ({ id: s, label: t(`crisis.statusesAfter.${s}`) }))}
        />
        <div className="form__actions">
          <SubmitButton isPending={deEscalate.isPending}>{t('crisis.deEscalate')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}
