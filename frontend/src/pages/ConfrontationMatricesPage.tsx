import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfrontationMatrices, useCreateMatrix } from '../api/confrontation';
import { useIssue } from '../api/issues';
import { currentLocale } from '../i18n';
import { formatDate } from '../lib/format';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required } from '../lib/validation';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { TextAreaInput, TextInput } from '../components/ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../components/ui/misc';
import { QueryError } from '../components/ui/QueryError';
import { ValidatedForm } from '../components/ui/ValidatedForm';

/**
 * /organisations/:id/confrontation — the organisation's confrontation matrices;
 * `?issue=<id>` narrows the list to one issue and makes new matrices for it.
 */
export function ConfrontationMatricesPage() {
  const [search] = useSearchParams();
  const issueId = search.get('issue');
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();

  const title = t('confrontation.title');
  return (
    <>
      <OrganisationSectionHeader organisation={org} title={title}>
        <p className="lead">{t('confrontation.intro')}</p>
      </OrganisationSectionHeader>
      <div className="stack">
        {issueId ? <ForIssue organisationId={org.id} issueId={issueId} /> : null}
        <MatrixList organisationId={org.id} issueId={issueId} />
        <NewMatrix organisationId={org.id} issueId={issueId} />
      </div>
    </>
  );
}

/** Which issue the list is narrowed to, with the way back to it and to all matrices. */
function ForIssue({ organisationId, issueId }: { organisationId: string; issueId: string }) {
  const { t } = useTranslation();
  const issue = useIssue(organisationId, issueId);
  if (issue.isError) return <QueryError error={issue.error} />;
  return (
    <Notice>
      {t('confrontation.forIssue')}{' '}
      {issue.data ? <Link to={`/organisations/${organisationId}/issues/${issueId}`}>{issue.data.title}</Link> : null}
      {'. '}
      <Link to={`/organisations/${organisationId}/confrontation`}>{t('confrontation.showAll')}</Link>
    </Notice>
  );
}

function MatrixList({ organisationId, issueId }: { organisationId: string; issueId: string | null }) {
  const { t } = useTranslation();
  const list = useConfrontationMatrices(organisationId, issueId);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="panel stack" aria-labelledby="matrices-heading">
      <h2 id="matrices-heading">{t('confrontation.listHeading')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} /> : null}
      {list.data && items.length === 0 ? <p className="empty">{t('confrontation.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="item-list">
          {items.map((matrix) => (
            <li key={matrix.id} className="item-list__item">
              <div className="item-list__main">
                <Link className="item-list__title" to={`/organisations/${organisationId}/confrontation/${matrix.id}`}>
                  {matrix.title}
                </Link>
                <span className="item-list__meta">
                  {t('confrontation.updated', { date: formatDate(matrix.updated_at, currentLocale()) })}
                  {matrix.issue_id ? ` · ${t('confrontation.linkedToIssue')}` : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <div>
          <Button className="button button--secondary" onPress={() => list.fetchNextPage()} isPending={list.isFetchingNextPage}>
            {t('confrontation.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function NewMatrix({ organisationId, issueId }: { organisationId: string; issueId: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMatrix(organisationId);
  const errors = useFormErrors(create.error, ['title', 'description', 'issue_id']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <section className="panel panel--narrow" aria-labelledby="new-matrix-heading">
      <h2 id="new-matrix-heading">{t('confrontation.newHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values) =>
          create.mutate(
            { title: (values.title ?? '').trim(), description: (values.description ?? '').trim(), issue_id: issueId, items: [] },
            { onSuccess: (matrix) => navigate(`/organisations/${organisationId}/confrontation/${matrix.id}`) },
          )
        }
      >
        <FormAlert message={errors.general ?? errors.fields.issue_id ?? null} />
        <TextInput name="title" label={t('confrontation.matrixTitle')} required />
        <TextAreaInput name="description" label={t('confrontation.description')} rows={3} />
        <div className="form__actions">
          <SubmitButton isPending={create.isPending}>{t('confrontation.create')}</SubmitButton>
        </div>
      </ValidatedForm>
    </section>
  );
}
