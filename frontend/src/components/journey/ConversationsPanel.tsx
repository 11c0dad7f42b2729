import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConversations, useConversationSummary, useCreateConversation, useDeleteConversation } from '../../api/journey';
import type { CoalitionRead, ConversationCreate, ConversationSummary } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { PreparationNotice } from '../coalitions/Visibility';
import { sees } from '../coalitions/visibilityRule';
import { isoDay } from '../stakeholders/stakeholders';
import { SelectInput, TextAreaInput, TextInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { localised } from './journey';
import { RemovableList } from './RemovableList';
import { WorkPanel } from './WorkPanel';

type AnswerKey = Exclude<keyof ConversationCreate, 'held_on' | 'interviewer_id' | 'spoke_with'>;

/** Step 1: a bilateral conversation per partner with the seven questions, and the answers per question. */
export function ConversationsPanel({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const coalitionId = coalition.id;
  const canManage = coalition.can_manage;
  const query = useConversationSummary(coalitionId);
  // Outside the core team the summary holds only the conversations with the caller's own organisation.
  const all = sees(coalition, 'conversations');
  return (
    <WorkPanel
      id="conversations-heading"
      title={t('journey.conversations.heading')}
      intro={t('journey.conversations.intro')}
      coalition={coalition}
      piece="conversations"
      query={query}
      notice={all ? null : <PreparationNotice piece="conversations" />}
      hasPartners={all ? (summary) => summary.partners.length > 0 : undefined}
    >
      {(summary) =>
        summary.partners.length === 0 ? null : (
          <>
            {canManage ? <ConversationForm coalitionId={coalitionId} summary={summary} /> : null}
            <PartnerCounts summary={summary} />
            <AnswersPerQuestion summary={summary} />
            {canManage ? <ManageConversations coalitionId={coalitionId} /> : null}
          </>
        )
      }
    </WorkPanel>
  );
}

function ConversationForm({ coalitionId, summary }: { coalitionId: string; summary: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  const create = useCreateConversation(coalitionId);
  const questions = summary.questions;
  const fields = useMemo(() => ['partner_id', 'held_on', 'spoke_with', 'interviewer_id', ...questions.map((q) => q.key)], [questions]);
  const server = useFormErrors(create.error, fields);
  const checks = useMemo(() => ({ partner_id: required(t('journey.conversations.pickPartner')), held_on: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, server);
  const [saved, setSaved] = useState<string | null>(null);

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setSaved(null);
    const body: ConversationCreate = { held_on: values.held_on ?? '', spoke_with: (values.spoke_with ?? '').trim() };
    for (const question of questions) body[question.key as AnswerKey] = (values[question.key] ?? '').trim();
    const partnerId = values.partner_id ?? '';
    create.mutate(
      { partnerId, body },
      {
        onSuccess: (conversation) => {
          element.reset();
          setSaved(conversation.partner_name);
        },
      },
    );
  }

  return (
    <section className="journey-subsection" aria-labelledby="conversation-form-heading">
      <h3 id="conversation-form-heading">{t('journey.conversations.formHeading')}</h3>
      <ValidatedForm form={form} onValid={submit}>
        <FormAlert message={server.general} />
        <div className="form__row">
          <SelectInput
            name="partner_id"
            label={t('journey.conversations.partner')}
            placeholder={t('journey.conversations.pickPartner')}
            options={summary.partners.map((p) => ({ id: p.partner_id, label: p.partner_name }))}
          />
          <TextInput name="held_on" type="date" label={t('journey.conversations.heldOn')} defaultValue={isoDay(new Date())} required />
        </div>
        <TextInput name="spoke_with" label={t('journey.conversations.spokeWith')} description={t('journey.conversations.interviewerIsYou')} />
        {questions.map((question, index) => (
          <TextAreaInput key={question.key} name={question.key} label={`${index + 1}. ${localised(question.label, i18n.language)}`} rows={2} />
        ))}
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('journey.conversations.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {saved ? <Notice tone="success">{t('journey.conversations.saved', { name: saved })}</Notice> : null}
    </section>
  );
}

function PartnerCounts({ summary }: { summary: ConversationSummary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="journey-subsection" aria-labelledby="conversation-partners-heading">
      <h3 id="conversation-partners-heading">{t('journey.conversations.perPartner')}</h3>
      <table className="data-table journey-counts">
        <thead>
          <tr>
            <th scope="col">{t('journey.conversations.partner')}</th>
            <th scope="col" className="num">
              {t('journey.conversations.count')}
            </th>
            <th scope="col">{t('journey.conversations.last')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.partners.map((p) => (
            <tr key={p.partner_id} data-partner={p.partner_name}>
              <th scope="row">{p.partner_name}</th>
              <td className="num">{p.conversations}</td>
              <td>{p.last_held_on ? formatDate(p.last_held_on, locale) : t('journey.conversations.notYet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AnswersPerQuestion({ summary }: { summary: ConversationSummary }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="journey-subsection" aria-labelledby="conversation-answers-heading">
      <h3 id="conversation-answers-heading">{t('journey.conversations.perQuestion')}</h3>
      {summary.questions.map((question, index) => (
        <details key={question.key} className="journey-question" open={index === 0}>
          <summary>
            {index + 1}. {localised(question.label, i18n.language)}{' '}
            <span className="badge badge--muted">{t('journey.conversations.answers', { count: question.answers.length })}</span>
          </summary>
          {question.answers.length === 0 ? (
            <p className="muted">{t('journey.conversations.noAnswers')}</p>
          ) : (
            <ul className="item-list">
              {question.answers.map((answer) => (
                <li key={`${answer.conversation_id}`} className="item-list__item">
                  <div className="item-list__main">
                    <span className="item-list__title">{answer.partner_name}</span>
                    <span className="item-list__meta">
                      {formatDate(answer.held_on, locale)} · {answer.interviewer_name}
                    </span>
                    <span className="journey-answer">{answer.answer}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}

/** Every recorded conversation, newest first, to remove one recorded by mistake. */
function ManageConversations({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const conversations = useConversations(coalitionId);
  const remove = useDeleteConversation(coalitionId);
  const items = [...(conversations.data?.items ?? [])]
    .sort((a, b) => b.held_on.localeCompare(a.held_on))
    .map((c) => {
      const when = formatDate(c.held_on, locale);
      return {
        id: c.id,
        title: c.partner_name,
        meta: [when, c.interviewer_name, c.spoke_with].filter(Boolean).join(' · '),
        removeLabel: t('journey.conversations.remove', { name: c.partner_name, date: when }),
      };
    });
  return (
    <RemovableList
      summary={t('journey.conversations.manage', { count: items.length })}
      items={items}
      loadError={conversations.error}
      removeError={remove.error}
      removing={remove.isPending ? (remove.variables ?? null) : null}
      onRemove={(id) => remove.mutate(id)}
    />
  );
}
