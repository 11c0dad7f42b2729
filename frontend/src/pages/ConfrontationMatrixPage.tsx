import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfrontationMatrix, useDeleteMatrix, useUpdateMatrix } from '../api/confrontation';
import type { MatrixRead } from '../client/types.gen';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { AnalysisPanel } from '../components/confrontation/AnalysisPanel';
import { buildGrid, itemsOfKind, KINDS } from '../components/confrontation/grid';
import { ItemPanel } from '../components/confrontation/ItemPanel';
import { ScoreGrid } from '../components/confrontation/ScoreGrid';
import { TextAreaInput, TextInput } from '../components/ui/fields';
import { FormAlert, Loading, SubmitButton } from '../components/ui/misc';
import { PageError, QueryError } from '../components/ui/QueryError';
import { ValidatedForm } from '../components/ui/ValidatedForm';
import { useFormErrors, useValidatedForm } from '../lib/useFormErrors';
import { required } from '../lib/validation';
import '../styles/confrontation.css';

/** /organisations/:id/confrontation/:matrixId — the editor: items, scores and analysis. */
export function ConfrontationMatrixPage() {
  const { organisationId = '', matrixId = '' } = useParams();
  const { t } = useTranslation();
  const { organisation: org } = useOrganisationWorkspace();
  const matrix = useConfrontationMatrix(organisationId, matrixId);

  if (matrix.isPending) return <Loading />;
  if (matrix.isError) return <PageError error={matrix.error} />;
  const data = matrix.data;
  const grid = buildGrid(data);
  return (
    <>
      <OrganisationSectionHeader
        organisation={org}
        title={data.title}
        crumbs={
          <>
            {' · '}
            <Link to={`/organisations/${org.id}/confrontation`} className="page-header__link">
              {t('confrontation.title')}
            </Link>
          </>
        }
      >
        {data.description ? <p className="lead">{data.description}</p> : null}
      </OrganisationSectionHeader>
      <div className="stack">
        <section className="stack" aria-labelledby="items-heading">
          <h2 id="items-heading">{t('confrontation.itemsHeading')}</h2>
          <div className="confrontation-item-grid">
            {KINDS.map((kind) => (
              <ItemPanel key={kind} organisationId={org.id} matrixId={data.id} kind={kind} items={itemsOfKind(grid, kind)} />
            ))}
          </div>
        </section>
        <section className="panel stack" aria-labelledby="grid-heading">
          <h2 id="grid-heading">{t('confrontation.gridHeading')}</h2>
          <ScoreGrid organisationId={org.id} matrixId={data.id} grid={grid} total={data.analysis.total} />
        </section>
        <AnalysisPanel analysis={data.analysis} grid={grid} />
        <MatrixSettings organisationId={org.id} matrix={data} />
      </div>
    </>
  );
}

function MatrixSettings({ organisationId, matrix }: { organisationId: string; matrix: MatrixRead }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateMatrix(organisationId, matrix.id);
  const remove = useDeleteMatrix(organisationId, matrix.id);
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors(update.error, ['title', 'description']);
  const checks = useMemo(() => ({ title: required(t('errors.required')) }), [t]);
  const form = useValidatedForm(checks, errors);
  return (
    <section className="panel panel--narrow" aria-labelledby="matrix-settings-heading">
      <h2 id="matrix-settings-heading">{t('confrontation.settingsHeading')}</h2>
      <ValidatedForm
        form={form}
        onValid={(values) => update.mutate({ title: (values.title ?? '').trim(), description: (values.description ?? '').trim() })}
      >
        <FormAlert message={errors.general} />
        <TextInput name="title" label={t('confrontation.matrixTitle')} defaultValue={matrix.title} required />
        <TextAreaInput name="description" label={t('confrontation.description')} defaultValue={matrix.description} rows={3} />
        <div className="form__actions">
          <SubmitButton isPending={update.isPending}>{t('confrontation.save')}</SubmitButton>
        </div>
      </ValidatedForm>
      {remove.isError ? <QueryError error={remove.error} /> : null}
      <div className="button-row form__aside">
        {confirming ? (
          <>
            <Button
              className="button button--primary"
              isPending={remove.isPending}
              onPress={() => remove.mutate(undefined, { onSuccess: () => navigate(`/organisations/${organisationId}/confrontation`) })}
            >
              {t('confrontation.confirmDelete')}
            </Button>
            <Button className="button button--quiet" onPress={() => setConfirming(false)}>
              {t('confrontation.cancel')}
            </Button>
          </>
        ) : (
          <Button className="button button--secondary" onPress={() => setConfirming(true)}>
            {t('confrontation.delete')}
          </Button>
        )}
      </div>
    </section>
  );
}
