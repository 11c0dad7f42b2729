import { Button, Dialog, Heading, Modal, ModalOverlay, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PartnerMatrixEntry } from '../../api/types';
import { PartnerEditForm, type Removal } from './PartnerEditForm';
import { StrategyPanel } from './StrategyPanel';

export type PartnerTab = 'strategy' | 'relationship';

interface Props {
  coalitionId: string;
  entry: PartnerMatrixEntry | null;
  tab: PartnerTab;
  canManage: boolean;
  onClose: () => void;
  removal: Removal;
}

/** One partner: its strategy for everyone, and for the coordinator its relationship to edit or remove. */
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
              {canManage ? (
                <Tabs defaultSelectedKey={tab} className="dialog-tabs">
                  <TabList aria-label={entry.partner.name} className="dialog-tabs__list">
                    <Tab id="strategy" className="dialog-tabs__tab">
                      {t('partners.strategyTab')}
                    </Tab>
                    <Tab id="relationship" className="dialog-tabs__tab">
                      {t('partners.relationshipTab')}
                    </Tab>
                  </TabList>
                  <TabPanel id="strategy" className="dialog-tabs__panel">
                    <StrategyPanel coalitionId={coalitionId} partnerId={entry.partner.id} canManage />
                  </TabPanel>
                  <TabPanel id="relationship" className="dialog-tabs__panel">
                    <PartnerEditForm coalitionId={coalitionId} partner={entry.partner} removal={removal} />
                  </TabPanel>
                </Tabs>
              ) : (
                <StrategyPanel coalitionId={coalitionId} partnerId={entry.partner.id} canManage={false} />
              )}
            </>
          ) : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
