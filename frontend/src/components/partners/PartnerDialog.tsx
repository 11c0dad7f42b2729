import { Button, Dialog, Heading, Modal, ModalOverlay, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PartnerMatrixEntry } from '../../api/types';
import { AssessmentHistory } from './AssessmentHistory';
import { PartnerEditForm, type Removal } from './PartnerEditForm';
import { StrategyPanel } from './StrategyPanel';

export type PartnerTab = 'strategy' | 'history' | 'relationship';

interface Props {
  coalitionId: string;
  entry: PartnerMatrixEntry | null;
  tab: PartnerTab;
  canManage: boolean;
  onClose: () => void;
  removal: Removal;
}

/** One partner: its strategy and assessment history for everyone, and for the coordinator its relationship to edit or remove. */
export function PartnerDialog({ coalitionId, entry, tab, canManage, onClose, removal }: Props) {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={entry !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal modal--wide">
        <Dialog className="dialog">
          {entry ? (
            <>
              <div className="dialog__header">
                <Heading slot="title" className="dialog__title">
                  {entry.partner.name}
                </Heading>
                <Button className="button button--quiet button--small" onPress={onClose}>
                  {t('partners.close')}
                </Button>
              </div>
              <Tabs defaultSelectedKey={tab} className="dialog-tabs">
                <TabList aria-label={entry.partner.name} className="dialog-tabs__list">
                  <Tab id="strategy" className="dialog-tabs__tab">
                    {t('partners.strategyTab')}
                  </Tab>
                  <Tab id="history" className="dialog-tabs__tab">
                    {t('partners.historyTab')}
                  </Tab>
                  {canManage ? (
                    <Tab id="relationship" className="dialog-tabs__tab">
                      {t('partners.relationshipTab')}
                    </Tab>
                  ) : null}
                </TabList>
                <TabPanel id="strategy" className="dialog-tabs__panel">
                  <StrategyPanel coalitionId={coalitionId} partnerId={entry.partner.id} canManage={canManage} />
                </TabPanel>
                <TabPanel id="history" className="dialog-tabs__panel">
                  <AssessmentHistory coalitionId={coalitionId} partnerId={entry.partner.id} partnerName={entry.partner.name} />
                </TabPanel>
                {canManage ? (
                  <TabPanel id="relationship" className="dialog-tabs__panel">
                    <PartnerEditForm coalitionId={coalitionId} partner={entry.partner} removal={removal} />
                  </TabPanel>
                ) : null}
              </Tabs>
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
