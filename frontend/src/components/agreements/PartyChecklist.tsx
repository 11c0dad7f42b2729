import { useTranslation } from 'react-i18next';
import type { PartnerRead } from '../../client/types.gen';

interface Props {
  partners: PartnerRead[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** The coalition's partners as checkboxes: who is party to an agreement. */
export function PartyChecklist({ partners, selected, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="checkbox-group">
      <legend className="field__label">{t('agreements.parties')}</legend>
      <p className="field__description">{partners.length > 0 ? t('agreements.partiesHint') : t('agreements.noPartners')}</p>
      {partners.map((partner) => (
        <label key={partner.id} className="checkbox">
          <input
            type="checkbox"
            checked={selected.has(partner.id)}
            onChange={(event) => {
              const next = new Set(selected);
              if (event.target.checked) next.add(partner.id);
              else next.delete(partner.id);
              onChange(next);
            }}
          />
          <span>
            {partner.name}
            {partner.member_organisation_id === null ? <span className="muted"> ({t('agreements.paperShort')})</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Partner organisations are parties unless unticked; partners outside Vitaal when ticked. */
export function defaultParties(partners: PartnerRead[]): Set<string> {
  return new Set(partners.filter((p) => p.member_organisation_id !== null).map((p) => p.id));
}
