import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDeleteAction } from '../../api/plan';
import type { PlanActionRead } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { intlLocale } from '../../i18n/locale';
import { formatDate, formatNumber } from '../../lib/format';
import { ActionForm } from './ActionForm';
import { formatEuros } from './plan';

interface Props {
  coalitionId: string;
  actions: PlanActionRead[];
  canManage: boolean;
  onChanged: (message: string) => void;
}

/** The plan's actions; an empty owner is shown as such, since a coalition may start without. */
export function ActionTable({ coalitionId, actions, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const intl = intlLocale(locale);
  const remove = useDeleteAction(coalitionId);
  const [editing, setEditing] = useState<PlanActionRead | null>(null);
  const period = (action: PlanActionRead) =>
    action.starts_on || action.due_on
      ? [action.starts_on, action.due_on].map((day) => (day ? formatDate(day, locale) : '…')).join(' – ')
      : '–';

  return (
    <>
      <div className="table-wrap action-table-wrap" tabIndex={0} role="region" aria-label={t('plan.tableScroll')}>
        <table className="data-table action-table">
          <thead>
            <tr>
              <th scope="col">{t('plan.actionTitle')}</th>
              <th scope="col">{t('plan.owner')}</th>
              <th scope="col" className="num">
                {t('plan.hoursColumn')}
              </th>
              <th scope="col" className="num">
                {t('plan.moneyColumn')}
              </th>
              <th scope="col">{t('plan.financingField')}</th>
              <th scope="col">{t('plan.period')}</th>
              <th scope="col">{t('plan.status')}</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">{t('plan.changeColumn')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id} data-action={action.title} className={action.status === 'dropped' ? 'action-table__row--dropped' : undefined}>
                <td className="action-table__title">
                  <strong>{action.title}</strong>
                  {action.description ? <span className="partner-table__meta">{action.description}</span> : null}
                </td>
                <td>{action.owner_partner_name ?? <span className="badge badge--muted">{t('plan.unowned')}</span>}</td>
                <td className="num">{action.hours !== null && action.hours !== undefined ? formatNumber(action.hours, locale) : '–'}</td>
                <td className="num">
                  {formatEuros(action.money, intl)}
                  {action.money > 0 ? (
                    <span className="partner-table__meta">{t('plan.financedShort', { amount: formatEuros(action.money_financed, intl) })}</span>
                  ) : null}
                </td>
                <td>{action.financing ? t(`plan.financing.${action.financing}`) : t('plan.financingNone')}</td>
                <td>{period(action)}</td>
                <td>{t(`plan.statuses.${action.status}`)}</td>
                {canManage ? (
                  <td>
                    <div className="touch-row">
                      <Button className="button button--secondary button--small" aria-label={t('plan.editAction', { title: action.title })} onPress={() => setEditing(action)}>
                        {t('plan.edit')}
                      </Button>
                      <Button
                        className="button button--quiet button--small"
                        aria-label={t('plan.removeAction', { title: action.title })}
                        onPress={() => remove.mutate(action.id, { onSuccess: () => onChanged(t('plan.actionRemoved', { title: action.title })) })}
                      >
                        {t('plan.remove')}
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ModalOverlay
        className="modal-overlay"
        isDismissable
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
      >
        <Modal className="modal">
          <Dialog className="dialog">
            {editing ? (
              <>
                <Heading slot="title" className="dialog__title">
                  {t('plan.editHeading', { title: editing.title })}
                </Heading>
                <ActionForm
                  coalitionId={coalitionId}
                  action={editing}
                  onCancel={() => setEditing(null)}
                  onDone={(title) => {
                    setEditing(null);
                    onChanged(t('plan.actionSaved', { title }));
                  }}
                />
              </>
            ) : null}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
