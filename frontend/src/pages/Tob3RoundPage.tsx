import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCloseRound, useGroupToIssue, useMyAnswer, useResults, useRound, useSaveAnswer, useWorryToIssue } from '../api/tob3';
import type { AnswerRead, ResultGroup, ResultWorry, RoundRead } from '../client/types.gen';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { LinksPanel } from '../components/tob3/LinksPanel';
import { answerFrom, defaultsFrom } from '../components/tob3/tob3';
import { useWorryChecks, WORRY_FIELDS, WorryFields } from '../components/tob3/WorryFields';
import { TextInput } from '../components/ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../components/ui/misc';
import { PageError, QueryError } from '../components/ui/QueryError';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { currentLocale } from '../i18n';
import { formatDateTime, formatNumber } from '../lib/format';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import '../styles/signals.css';

/** /organisations/:id/tob3/:roundId — answer a round (phone-friendly) and see the results. */
export function Tob3RoundPage() {
  const { organisationId = '', roundId = '' } = useParams();
  const { t } = useTranslation();
  const locale = currentLocale();
  const { organisation: org, canManage } = useOrganisationWorkspace();
  const round = useRound(organisationId, roundId);

  if (round.isPending) return <Loading />;
  if (round.isError) return <PageError error={round.error} />;
  const r = round.data;
  return (
    <>
      <OrganisationSectionHeader
        organisation={org}
        title={r.title}
        crumbs={
          <>
            {' · '}
            <Link to={`/organisations/${org.id}/tob3`} className="page-header__link">
              {t('tob3.backToRounds')}
            </Link>
          </>
        }
      >
        <p className="lead">{r.question}</p>
        <p className="page-header__meta">
          {r.is_open
            ? t('tob3.closesAt', { date: formatDateTime(r.closes_at, locale) })
            : t('tob3.closedAt', { date: formatDateTime(r.closes_at, locale) })}
          {' · '}
          {t('tob3.answers', { count: r.answer_count })}
        </p>
      </OrganisationSectionHeader>
      <div className="stack">
        <Answer organisationId={org.id} round={r} />
        {canManage && r.is_open ? <CloseRound organisationId={org.id} roundId={r.id} /> : null}
        {canManage ? <LinksPanel organisationId={org.id} round={r} /> : null}
        <Results organisationId={org.id} round={r} canManage={canManage} />
      </div>
    </>
  );
}

function Answer({ organisationId, round }: { organisationId: string; round: RoundRead }) {
  const { t } = useTranslation();
  const mine = useMyAnswer(organisationId, round.id);
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} />;
  if (!round.is_open) {
    return (
      <section className="panel" aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t('tob3.yourAnswer')}</h2>
        <Notice>{t('tob3.closedNotice')}</Notice>
        <SavedAnswer answer={mine.data} />
      </section>
    );
  }
  return <AnswerForm organisationId={organisationId} roundId={round.id} answer={mine.data} />;
}

function SavedAnswer({ answer }: { answer: AnswerRead | null }) {
  const { t } = useTranslation();
  if (!answer) return <p className="muted">{t('tob3.noAnswer')}</p>;
  return (
    <ol className="tob3-results__worries">
      {answer.worries.map((w) => (
        <li key={w.id}>
          {w.text}
          {w.topic ? <span className="muted"> · {w.topic}</span> : null}
        </li>
      ))}
    </ol>
  );
}

const ANSWER_FIELDS = ['on_behalf_of', ...WORRY_FIELDS];

function AnswerForm({ organisationId, roundId, answer }: { organisationId: string; roundId: string; answer: AnswerRead | null }) {
  const { t } = useTranslation();
  const mutation = useSaveAnswer(organisationId, roundId);
  const errors = useFormErrors(mutation.error, ANSWER_FIELDS);
  const form = useValidatedForm(useWorryChecks(), errors);
  const defaults = defaultsFrom(answer);
  return (
    <section className="panel panel--form tob3-form" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('tob3.answerHeading')}</h2>
      <p className="muted">{t('tob3.answerIntro')}</p>
      <ValidatedForm form={form} onValid={(values) => mutation.mutate(answerFrom(values))}>
        <FormAlert message={errors.fields.worries ?? errors.general} />
        <WorryFields defaults={defaults} />
        <TextInput name="on_behalf_of" label={t('tob3.onBehalfOf')} description={t('tob3.onBehalfOfHint')} defaultValue={defaults.on_behalf_of} />
        <div className="form__actions">
          <SubmitButton isPending={mutation.isPending}>{t('tob3.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {mutation.isSuccess ? <Notice tone="success">{t('tob3.saved')}</Notice> : null}
    </section>
  );
}

function CloseRound({ organisationId, roundId }: { organisationId: string; roundId: string }) {
  const { t } = useTranslation();
  const close = useCloseRound(organisationId);
  return (
    <div className="button-row">
      <Button className="button button--secondary" onPress={() => close.mutate(roundId)} isPending={close.isPending}>
        {t('tob3.close')}
      </Button>
      {close.isError ? <QueryError error={close.error} /> : null}
    </div>
  );
}

function Results({ organisationId, round, canManage }: { organisationId: string; round: RoundRead; canManage: boolean }) {
  const { t } = useTranslation();
  const visible = canManage || !round.is_open;
  const results = useResults(organisationId, round.id, visible);
  const groups = results.data?.groups ?? [];
  const top = groups[0]?.score ?? 1;
  return (
    <section className="panel stack" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('tob3.resultsHeading')}</h2>
      {!visible ? <p className="muted">{t('tob3.resultsHidden')}</p> : null}
      {visible && round.is_open ? <p className="muted">{t('tob3.resultsPreview')}</p> : null}
      {visible && results.isPending ? <Loading /> : null}
      {results.isError ? <QueryError error={results.error} /> : null}
      {results.data && groups.length === 0 ? <p className="empty">{t('tob3.noResults')}</p> : null}
      {groups.length > 0 ? (
        <ol className="tob3-results" aria-label={t('tob3.resultsCaption')}>
          {groups.map((group, index) => (
            <ResultItem key={group.key} organisationId={organisationId} roundId={round.id} group={group} place={index + 1} top={top} canManage={canManage} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function ResultItem({
  organisationId,
  roundId,
  group,
  place,
  top,
  canManage,
}: {
  organisationId: string;
  roundId: string;
  group: ResultGroup;
  place: number;
  top: number;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const toIssue = useGroupToIssue(organisationId, roundId);
  // The group links to an issue when all its worries became that one issue; it offers a new
  // issue while some worry is not an issue yet.
  const shared = group.worries[0]?.issue_id ?? null;
  const issueId = shared && group.worries.every((w) => w.issue_id === shared) ? shared : null;
  const open = group.worries.some((w) => w.issue_id === null);
  const description = group.worries.map((w) => `- ${w.text}`).join('\n');
  return (
    <li className="tob3-results__item" data-group={group.label}>
      <span className="tob3-results__place" aria-hidden="true">
        {place}
      </span>
      <div className="stack">
        <p className="tob3-results__label">{group.label}</p>
        <p className="item-list__meta">
          {t('tob3.score')}: <strong>{formatNumber(group.score, locale)}</strong> · {t('tob3.mentions')}: {formatNumber(group.mentions, locale)} ·{' '}
          {t('tob3.byRank')}: {group.first} / {group.second} / {group.third}
        </p>
        <div className="tob3-results__bar" style={{ width: `${Math.round((group.score / top) * 100)}%` }} aria-hidden="true" />
      </div>
      <ul className="tob3-results__worries" aria-label={t('tob3.worries')}>
        {group.worries.map((w) => (
          <WorryLine
            key={w.id}
            organisationId={organisationId}
            roundId={roundId}
            worry={w}
            canMakeIssue={canManage && group.worries.length > 1}
            groupIssueId={issueId}
          />
        ))}
      </ul>
      {issueId || (canManage && open) ? (
        <div className="tob3-results__actions button-row">
          {issueId ? (
            <Link to={`/organisations/${organisationId}/issues/${issueId}`}>{t('tob3.toIssue')}</Link>
          ) : (
            <Button
              className="button button--secondary button--small"
              isPending={toIssue.isPending}
              onPress={() => toIssue.mutate({ group: group.key, issue: { title: group.label.slice(0, 200), description } })}
            >
              {t('tob3.makeGroupIssue')}
            </Button>
          )}
          {toIssue.isError ? <QueryError error={toIssue.error} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/** One worry of a result group; an admin may make an issue of just this worry. */
function WorryLine({
  organisationId,
  roundId,
  worry,
  canMakeIssue,
  groupIssueId,
}: {
  organisationId: string;
  roundId: string;
  worry: ResultWorry;
  canMakeIssue: boolean;
  /** The issue the whole group became: linked once, on the group. */
  groupIssueId: string | null;
}) {
  const { t } = useTranslation();
  const toIssue = useWorryToIssue(organisationId, roundId);
  const issueId = worry.issue_id !== groupIssueId ? worry.issue_id : null;
  return (
    <li>
      {worry.text} <span className="muted">({worry.rank})</span>
      {issueId ? (
        <>
          {' · '}
          <Link to={`/organisations/${organisationId}/issues/${issueId}`}>{t('tob3.toIssue')}</Link>
        </>
      ) : canMakeIssue && worry.issue_id === null ? (
        <>
          {' · '}
          <Button
            className="link-button"
            aria-label={t('tob3.makeIssueOf', { text: worry.text })}
            isPending={toIssue.isPending}
            onPress={() => toIssue.mutate({ worryId: worry.id, issue: { title: worry.text.slice(0, 200), description: worry.topic } })}
          >
            {t('tob3.makeIssue')}
          </Button>
        </>
      ) : null}
      {toIssue.isError ? <QueryError error={toIssue.error} /> : null}
    </li>
  );
}
