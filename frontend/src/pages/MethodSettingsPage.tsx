import { useTranslation } from 'react-i18next';
import { useOrganisationWorkspace } from '../components/organisations/OrganisationLayout';
import { OrganisationSectionHeader } from '../components/organisations/OrganisationSection';
import { CommitmentLevelsSettings } from '../components/settings/CommitmentLevelsSettings';
import { CrisisTemplateSettings } from '../components/settings/CrisisTemplateSettings';
import '../styles/crisis.css';

/** /organisations/:id/method — the organisation's own versions of two Vitaal rules. */
export function MethodSettingsPage() {
  const { t } = useTranslation();
  const { organisation, canManage } = useOrganisationWorkspace();
  return (
    <>
      <OrganisationSectionHeader organisation={organisation} title={t('method.settings.title')}>
        <p className="lead">{t('method.settings.intro')}</p>
        {canManage ? null : <p className="muted">{t('method.settings.onlyAdmins')}</p>}
      </OrganisationSectionHeader>
      <div className="stack">
        <CommitmentLevelsSettings organisation={organisation} canManage={canManage} />
        <CrisisTemplateSettings organisation={organisation} canManage={canManage} />
      </div>
    </>
  );
}
