import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { fetchExport } from '../../api/agreements';
import { currentLocale } from '../../i18n';

/**
 * Opens the printable page in a new tab, where the browser's print dialog
 * also saves it as PDF. The page is fetched with the user's token and shown
 * from a blob URL (the export answers only to a logged-in member).
 */
export function PrintButton({ coalitionId, agreementId, version }: { coalitionId: string; agreementId: string; version: number }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function open() {
    setProblem(null);
    // Opened before the request, inside the click: browsers block windows opened later.
    const target = window.open('', '_blank');
    if (!target) {
      setProblem(t('agreements.popupBlocked'));
      return;
    }
    setPending(true);
    try {
      const html = await fetchExport(coalitionId, agreementId, version, currentLocale());
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      target.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      target.close();
      setProblem(t('agreements.printFailed'));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="stack stack--tight">
      <div>
        <Button className="button button--secondary" onPress={() => void open()} isPending={pending}>
          {t('agreements.print')}
        </Button>
      </div>
      <p className="field__description">{t('agreements.printHint')}</p>
      {problem ? (
        <p role="alert" className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
