import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAgreement, useFounding } from '../api/agreements';
import { AgreementText } from '../components/agreements/AgreementText';
import { statusTone } from '../components/agreements/labels';
import { OptionsPanel } from '../components/agreements/OptionsPanel';
import { PrintButton } from '../components/agreements/PrintButton';
import { SignOffPanel } from '../components/agreements/SignOffPanel';
import { VersionHistory } from '../components/agreements/VersionHistory';
import { useCoalitionWorkspace } from '../components/coalitions/CoalitionLayout';
import { CoalitionSectionHeader } from '../components/coalitions/CoalitionSection';
import { Loading } from '../components/ui/misc';
import { PageError } from '../components/ui/QueryError';
import { Badge } from '../components/ui/RoleBadge';
import { useMediaQuery } from '../lib/useMediaQuery';
import '../styles/agreements.css';

/** /coalitions/:id/agreements/:agreementId — the agreement editor: text, sign-off, options, versions. */
export function AgreementPage() {
  const { coalitionId = '', agreementId = '' } = useParams();
  const { t } = useTranslation();
  const { coalition: c } = useCoalitionWorkspace();
  const agreement = useAgreement(coalitionId, agreementId);
  const founding = useFounding(coalitionId).data?.founding ?? null;
  const wide = useMediaQuery('(min-width: 64rem)');

  if (agreement.isPending) return <Loading />;
  if (agreement.isError) return <PageError error={agreement.error} />;
  const a = agreement.data;
  const text = <AgreementText coalitionId={c.id} agreement={a} canManage={c.can_manage} />;
  const options = <OptionsPanel coalitionId={c.id} agreement={a} canManage={c.can_manage} />;
  const versions = <VersionHistory coalitionId={c.id} agreement={a} />;
  const signOff = (
    <SignOffPanel
      coalitionId={c.id}
      agreement={a}
      canManage={c.can_manage}
      founding={founding?.agreement_id === a.id ? founding : null}
    />
  );
  const print = (
    <section className="panel" aria-label={t('agreements.print')}>
      <PrintButton coalitionId={c.id} agreementId={a.id} version={a.current_version} />
    </section>
  );
  return (
    <>
      <CoalitionSectionHeader
        coalition={c}
        title={a.title}
        shows={['agreements']}
        crumbs={
          <>
            {' · '}
            <Link to={`/coalitions/${c.id}/agreements`} className="page-header__link">
              {t('agreements.backToList')}
            </Link>
          </>
        }
      >
        <p className="card__badges agreement-badges">
          <Badge tone="muted">{t(`agreements.types.${a.type}`)}</Badge>
          <Badge tone="muted">{t('agreements.version', { number: a.current_version })}</Badge>
          <Badge tone={statusTone(a.status)}>{t(`agreements.statuses.${a.status}`)}</Badge>
        </p>
      </CoalitionSectionHeader>
      {wide ? (
        <div className="agreement-layout">
          <div className="stack">
            {text}
            {options}
            {versions}
          </div>
          <div className="stack">
            {signOff}
            {print}
          </div>
        </div>
      ) : (
        // On a phone the sign-off follows the text it is about, in reading and tab order.
        <div className="stack">
          {text}
          {signOff}
          {print}
          {options}
          {versions}
        </div>
      )}
    </>
  );
}
