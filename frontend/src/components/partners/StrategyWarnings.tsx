import { useTranslation } from 'react-i18next';
import type { PartnerStrategy } from '../../api/types';
import { currentLocale } from '../../i18n';
import { intlLocale } from '../../i18n/locale';

/**
 * What the server advises beside a choice it allows: fostering competition for a partner the
 * coalition should keep (the seed's libraries). It names only what the reader sees.
 */
export function StrategyWarnings({ strategy }: { strategy: PartnerStrategy }) {
  const { t } = useTranslation();
  if (strategy.warnings.length === 0) return null;
  const list = new Intl.ListFormat(intlLocale(currentLocale()), { type: 'conjunction' });
  return (
    <>
      {strategy.warnings.map((warning) => (
        <div key={warning.code} className="alert alert--error" role="status" data-testid="strategy-warning">
          <p className="alert__title">{t('partners.competition.title')}</p>
          <p>
            {t('partners.competition.text', {
              secure: list.format(warning.secure_by.map((cause) => t(`partners.competition.secureBy.${cause}`))),
              left: list.format(warning.left_by.map((cause) => t(`partners.competition.leftBy.${cause}`))),
            })}
          </p>
        </div>
      ))}
    </>
  );
}
