import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCreateRound, useRounds } from '../api/tob3';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { endOfDay, isoDay } from '../components/tob3/tob3';
import { TextAreaInput, TextInput } from '../components/ui/fields';
import { FormAlert, Loading, SubmitButton } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../lib/format';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required } from '../lib/validation';
import '../styles/signals.css';

/** /organisations/:id/tob3 — the Tob-3 rounds of an organisation; admins open new ones. */
export function Tob3Page() {
  const { t } = useTranslation();
  const { organisation: org, canManage } = useOrganisationWorkspace();

  const title = t('tob3.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('tob3.intro')}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Rounds organisationId={org.id} />
        {canManage ? <NewRound organisationId={org.id} /> : null}
      </div>
    </>
  );
}

function Rounds({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rounds = useRounds(organisationId);
  const items = [...(rounds.data?.items ?? [])].reverse(); // newest first
  return (
    <section className="panel stack" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('tob3.roundsHeading')}</h2>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? <QueryError error={rounds.error} /> : null}
      {rounds.data && items.length === 0 ? <p className="empty">{t('tob3.noRounds')}</p> : null}
      {items.length > 0 ? (
        <ul className="card-list round-list">
          {items.map((round) => (
            <li key={round.id} className="card" data-round={round.title}>
              <div className="card__badges">
                <Badge tone={round.is_open ? 'success' : 'muted'}>{round.is_open ? t('tob3.open') : t('tob3.closed')}</Badge>
                <Badge tone="neutral">{t('tob3.answers', { count: round.answer_count })}</Badge>
                {round.is_open ? <Badge tone="accent">{round.answered_by_me ? t('tob3.answered') : t('tob3.notAnswered')}</Badge> : null}
              </div>
              <h3 className="card__title">
                <Link to={`/organisations/${organisationId}/tob3/${round.id}`}>{round.title}</Link>
              </h3>
              <p className="card__text">{round.question}</p>
              <p className="item-list__meta">
                {round.is_open
                  ? t('tob3.closesAt', { date: formatDateTime(round.closes_at, locale) })
                  : t('tob3.closedAt', { date: formatDateTime(round.closes_at, locale) })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const ROUND_FIELDS = ['title', 'question', 'closes_at'];

function NewRound({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateRound(organisationId);
  const errors = useFormErrors(mutation.error, ROUND_FIELDS);
  const checks = useMemo(
    () => ({ title: required(t('errors.required')), question: required(t('errors.required')), closes_at: required(t('errors.required')) }),
    [t],
  );
  const form = useValidatedForm(checks, errors);
  const inTwoWeeks = isoDay(new Date(Date.now() + 14 * 24 * 3600 * 1000));
  return (
    <section className="panel panel--form" aria-labelledby="new-round-heading">
      <h2 id="new-round-heading">{t('tob3.newRoundHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values) =>
          mutation.mutate(
            { title: (values.title ?? '').trim(), question: (values.question ?? '').trim(), closes_at: endOfDay(values.closes_at ?? '') },
            { onSuccess: (round) => navigate(`/organisations/${organisationId}/tob3/${round.id}`) },
          )
        }
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('tob3.roundTitle')} required />
        <TextAreaInput name="question" label={t('tob3.question')} rows={3} defaultValue={t('tob3.questionDefault')} required />
        <TextInput name="closes_at" type="date" label={t('tob3.closesField')} defaultValue={inTwoWeeks} required />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('tob3.createRound')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}
