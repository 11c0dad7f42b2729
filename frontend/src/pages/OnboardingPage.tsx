import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrganisationForm } from '../components/organisations/OrganisationForm';
import { PageTitle } from '../components/ui/misc';
import { useSelection } from '../lib/selectionContext';

/** /welcome: "create your first organisation". */
export function OnboardingPage() {
  return <NewOrganisation first />;
}

/** /organisations/new: another organisation. */
export function NewOrganisationPage() {
  return <NewOrganisation first={false} />;
}

function NewOrganisation({ first }: { first: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const selection = useSelection();
  const title = first ? t('organisation.onboardingTitle') : t('organisation.newTitle');
  return (
    <section className="panel panel--narrow">
      <PageTitle title={title}>{title}</PageTitle>
      {first ? <p className="lead">{t('organisation.onboardingIntro')}</p> : null}
      <OrganisationForm
        onCreated={(organisation) => {
          selection.choose('organisation', organisation.id);
          navigate(first ? '/coalitions' : `/organisations/${organisation.id}`);
        }}
      />
    </section>
  );
}
