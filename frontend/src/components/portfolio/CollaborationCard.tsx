import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePauseCollaboration, useUpdateCollaboration } from '../../api/portfolio';
import type { Collaboration } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { required } from '../../lib/validation';
import { isoDay } from '../stakeholders/stakeholders';
import { TextAreaInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';
import { CollaborationForm } from './CollaborationForm';
import { ReviewForm, Reviews, type CardFormProps } from './CollaborationReviews';
import { durationText, monthsBetween } from './portfolio';

type Mode = 'review' | 'pause' | 'edit' | 'delete' | null;

/** Deleting is done by the list: the card is gone as soon as the collaboration is. */
export interface Deletion {
  remove: (collaboration: Collaboration) => void;
  pendingId: string | null;
  error: unknown;
}

interface Props {
  organisationId: string;
  collaboration: Collaboration;
  deletion: Deletion;
}

/** One collaboration: what it brings, give and get, since when, its relevance with reviews, and its pause. */
export function CollaborationCard({ organisationId, collaboration: c, deletion }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resume = usePauseCollaboration(organisationId, c.id);
  const headingId = `collaboration-${c.id}`;
  const toggle = (next: Mode) => {
    setNotice(null);
    setMode((current) => (current === next ? null : next));
  };
  const done = (message: string) => {
    setMode(null);
    setNotice(message);
  };
  const none = <span className="muted">{t('portfolio.none')}</span>;
  const months = c.started_on ? monthsBetween(c.started_on, isoDay(new Date())) : null;

  return (
    <article className={`panel collaboration${c.paused ? ' collaboration--paused' : ''}`} aria-labelledby={headingId} data-collaboration={c.title}>
      <div className="collaboration__header">
        <h3 id={headingId} className="collaboration__title">
          {c.title}
        </h3>
        <p className="card__badges">
          <Badge tone={c.relevance === 'high' ? 'accent' : c.relevance === 'low' ? 'muted' : 'neutral'}>
            {t('portfolio.relevanceBadge', { relevance: t(`portfolio.relevances.${c.relevance}`) })}
          </Badge>
          {c.paused ? <Badge tone="muted">{t('portfolio.pausedBadge')}</Badge> : null}
        </p>
      </div>
      {c.stakeholder || c.coalition ? (
        <p className="collaboration__links">
          {c.stakeholder ? (
            <span>
              {t('portfolio.with')}{' '}
              <Link to={`/organisations/${organisationId}/stakeholders/${c.stakeholder.id}`}>{c.stakeholder.name}</Link>
            </span>
          ) : null}
          {c.coalition ? (
            <span>
              {t('portfolio.inCoalition')} <Link to={`/coalitions/${c.coalition.id}/partners`}>{c.coalition.name}</Link>
            </span>
          ) : null}
        </p>
      ) : null}
      {c.pause ? (
        <div className="alert alert--info collaboration__pause">
          <strong>{t('portfolio.pausedSince', { date: formatDate(c.pause.paused_at, locale), name: c.pause.paused_by_name })}</strong>
          <p className="pre-line">{c.pause.reason}</p>
        </div>
      ) : null}
      <dl className="collaboration__facts">
        <div className="collaboration__fact collaboration__fact--wide">
          <dt>{t('portfolio.contribution')}</dt>
          <dd className="pre-line">{c.contribution || none}</dd>
        </div>
        <div className="collaboration__fact">
          <dt>{t('portfolio.weGive')}</dt>
          <dd className="pre-line">{c.we_give || none}</dd>
        </div>
        <div className="collaboration__fact">
          <dt>{t('portfolio.weGet')}</dt>
          <dd className="pre-line">{c.we_get || none}</dd>
        </div>
        <div className="collaboration__fact">
          <dt>{t('portfolio.flexibility')}</dt>
          <dd className="pre-line">{c.flexibility || none}</dd>
        </div>
        <div className="collaboration__fact">
          <dt>{t('portfolio.startedOn')}</dt>
          <dd>
            {c.started_on ? (
              <>
                <time dateTime={c.started_on}>{formatDate(c.started_on, locale)}</time>
                {months !== null ? <span className="collaboration__since"> ({durationText(months, t)})</span> : null}
              </>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <Reviews collaboration={c} />
      <div className="button-row collaboration__actions">
        <Button className="button button--secondary button--small" aria-expanded={mode === 'review'} onPress={() => toggle('review')}>
          {t('portfolio.review')}
        </Button>
        {c.paused ? (
          <Button
            className="button button--secondary button--small"
            isPending={resume.isPending}
            onPress={() => {
              setNotice(null);
              resume.mutate(null, { onSuccess: () => done(t('portfolio.resumed', { title: c.title })) });
            }}
          >
            {t('portfolio.resume')}
          </Button>
        ) : (
          <Button className="button button--secondary button--small" aria-expanded={mode === 'pause'} onPress={() => toggle('pause')}>
            {t('portfolio.pause')}
          </Button>
        )}
        <Button className="button button--secondary button--small" aria-expanded={mode === 'edit'} onPress={() => toggle('edit')}>
          {t('portfolio.edit')}
        </Button>
        <Button className="button button--quiet button--small" aria-expanded={mode === 'delete'} onPress={() => toggle('delete')}>
          {t('portfolio.delete')}
        </Button>
      </div>
      {resume.isError ? <QueryError error={resume.error} /> : null}
      {mode === 'review' ? <ReviewForm organisationId={organisationId} collaboration={c} onDone={done} /> : null}
      {mode === 'pause' ? <PauseForm organisationId={organisationId} collaboration={c} onDone={done} /> : null}
      {mode === 'edit' ? <EditForm organisationId={organisationId} collaboration={c} onDone={done} /> : null}
      {mode === 'delete' ? (
        <DeleteConfirm collaboration={c} onCancel={() => setMode(null)} deletion={deletion} />
      ) : null}
      {notice ? <Notice tone="success">{notice}</Notice> : null}
    </article>
  );
}

function PauseForm({ organisationId, collaboration: c, onDone }: CardFormProps) {
  const { t } = useTranslation();
  const mutation = usePauseCollaboration(organisationId, c.id);
  const errors = useFormErrors(mutation.error, ['reason']);
  const checks = useMemo(() => ({ reason: required(t('portfolio.pauseReasonRequired')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <ValidatedForm
      form={form}
      onValid={(values) => mutation.mutate((values.reason ?? '').trim(), { onSuccess: () => onDone(t('portfolio.paused', { title: c.title })) })}
    >
      <FormAlert message={errors.general} />
      <TextAreaInput name="reason" label={t('portfolio.pauseReason')} description={t('portfolio.pauseHint')} rows={2} required />
      <div className="form__actions">
        <SubmitButton isPending={mutation.isPending}>{t('portfolio.pauseSubmit')}</SubmitButton>
      </div>
    </ValidatedForm>
  );
}

function EditForm({ organisationId, collaboration: c, onDone }: CardFormProps) {
  const { t } = useTranslation();
  const mutation = useUpdateCollaboration(organisationId, c.id);
  return (
    <CollaborationForm
      organisationId={organisationId}
      collaboration={c}
      error={mutation.error}
      isPending={mutation.isPending}
      submitLabel={t('portfolio.save')}
      onSubmit={(body) => mutation.mutate(body, { onSuccess: () => onDone(t('portfolio.saved')) })}
    />
  );
}

function DeleteConfirm({ collaboration: c, onCancel, deletion }: { collaboration: Collaboration; onCancel: () => void; deletion: Deletion }) {
  const { t } = useTranslation();
  return (
    <div className="collaboration__confirm" role="group" aria-label={t('portfolio.delete')}>
      <p>{t('portfolio.deleteQuestion', { title: c.title })}</p>
      <div className="button-row">
        <Button className="button button--danger" isPending={deletion.pendingId === c.id} onPress={() => deletion.remove(c)}>
          {t('portfolio.deleteConfirm')}
        </Button>
        <Button className="button button--secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      {deletion.error ? <QueryError error={deletion.error} /> : null}
    </div>
  );
}
