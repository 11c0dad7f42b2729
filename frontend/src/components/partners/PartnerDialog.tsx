import { Button, Dialog, Heading, Modal, ModalOverlay, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../api/types';
import type { CoalitionRead } from '../../client/types.gen';
import { PartMark, PreparationNotice } from '../coalitions/Visibility';
import { sees } from '../coalitions/visibilityRule';
import { AssessmentHistory } from './AssessmentHistory';
import { PartnerEditForm, type Removal } from './PartnerEditForm';
import { StrategyPanel } from './StrategyPanel';

export type PartnerTab = 'strategy' | 'history' | 'relationship';

interface Props {
  coalition: CoalitionRead;
  partner: Partner | null;
  tab: PartnerTab;
  onClose: () => void;
  /** How the coordinator removes the partner (the relationship tab is theirs). */
  removal?: Removal;
}

/**
 * One partner: its strategy and assessment history (each marked shared or preparation, and
 * explained where the caller does not see it), and for the coordinator its relationship to edit
 * or remove.
 */
export function PartnerDialog({ coalition, partner, tab, onClose, removal }: Props) {
  const { t } = useTranslation();
  const coalitionId = coalition.id;
  const canManage = coalition.can_manage && removal !== undefined;
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={partner !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal modal--wide">
        <Dialog className="dialog">
          {partner ? (
            <>
              <div className="dialog__header">
                <Heading slot="title" className="dialog__title">
                  {partner.name}
                </Heading>
                <Button className="button button--quiet button--small" onPress={onClose}>
                  {t('partners.close')}
                </Button>
              </div>
              <Tabs defaultSelectedKey={tab} className="dialog-tabs">
                <TabList aria-label={partner.name} className="dialog-tabs__list">
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
                  <PartMark coalition={coalition} piece="partner_strategies" />
                  {sees(coalition, 'partner_strategies') ? (
                    <StrategyPanel
                      coalitionId={coalitionId}
                      partnerId={partner.id}
                      canManage={canManage}
                      positions={sees(coalition, 'partner_positions')}
                    />
                  ) : (
                    <PreparationNotice piece="partner_strategies" />
                  )}
                </TabPanel>
                <TabPanel id="history" className="dialog-tabs__panel">
                  <PartMark coalition={coalition} piece="assessment_rationales" />
                  {sees(coalition, 'assessment_rationales') ? (
                    <AssessmentHistory coalitionId={coalitionId} partnerId={partner.id} partnerName={partner.name} />
                  ) : (
                    <PreparationNotice piece="assessment_rationales" />
                  )}
                </TabPanel>
                {canManage && removal ? (
                  <TabPanel id="relationship" className="dialog-tabs__panel">
                    <PartnerEditForm coalitionId={coalitionId} partner={partner} removal={removal} />
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
