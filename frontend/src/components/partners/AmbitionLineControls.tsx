import { useState } from 'react';
import { Button, Label, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSetAmbitionLine } from '../../api/partners';
import type { AmbitionLine } from '../../api/types';
import { currentLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { TextAreaInput } from '../ui/fields';
import { FormAlert, Notice, SubmitButton } from '../ui/misc';
import { ValidatedForm } from '../ui/ValidatedForm';
import { AmbitionLineHistory } from './AmbitionLineHistory';
import type { Line } from './matrix';

interface Props {
  coalitionId: string;
  saved: AmbitionLine;
  line: Line;
  onChange: (line: Line) => void;
  onReset: () => void;
  changed: boolean;
  canManage: boolean;
}

const NO_CHECKS = {};

/**
 * Sliders for base, slope and midpoint. Moving them redraws the chart and the
 * table at once (computed here, see matrix.ts); saving sends the line with a
 * reason, and only a coalition manager can do that.
 */
export function AmbitionLineControls({ coalitionId, saved, line, onChange, onReset, changed, canManage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mutation = useSetAmbitionLine(coalitionId);
  const errors = useFormErrors(mutation.error, ['reason']);
  const form = useValidatedForm(NO_CHECKS, errors);
  const [savedNotice, setSavedNotice] = useState(false);
  const change = (next: Line) => {
    setSavedNotice(false);
    onChange(next);
  };

  function submit(values: Record<string, string>, element: HTMLFormElement) {
    setSavedNotice(false);
    mutation.mutate(
      { ...line, reason: (values.reason ?? '').trim() },
      {
        onSuccess: () => {
          element.reset();
          setSavedNotice(true);
        },
      },
    );
  }

  return (
    <section className="panel line-controls" aria-labelledby="line-heading">
      <h2 id="line-heading">{t('partners.lineHeading')}</h2>
      <p className="field__description">{t('partners.lineIntro')}</p>
      <p className="line-controls__formula" aria-live="polite">
        {t('partners.lineFormula', { base: formatNumber(line.base, locale), slope: formatNumber(line.slope, locale) })}
      </p>
      <div className="line-controls__sliders">
        <LineSlider label={t('partners.base')} value={line.base} max={10} step={0.5} onChange={(base) => change({ ...line, base })} />
        <LineSlider
          label={t('partners.slope')}
          value={line.slope}
          max={Math.max(2, saved.slope ?? 0)}
          step={0.05}
          onChange={(slope) => change({ ...line, slope })}
        />
        <LineSlider label={t('partners.midpoint')} value={line.midpoint} max={10} step={0.5} onChange={(midpoint) => change({ ...line, midpoint })} />
      </div>
      <p className="line-controls__meta">
        {saved.changed_at
          ? t('partners.lineChangedBy', { date: formatDate(saved.changed_at, locale), name: saved.changed_by_name ?? '—' })
          : t('partners.lineDefault')}
        {saved.reason ? <span className="line-controls__reason"> “{saved.reason}”</span> : null}
      </p>
      <AmbitionLineHistory coalitionId={coalitionId} />
      {canManage ? (
        <ValidatedForm form={form} onValid={submit}>
          <FormAlert message={errors.general} />
          <TextAreaInput name="reason" label={`${t('partners.reason')} ${t('common.optional')}`} rows={2} />
          <div className="form__actions">
            <SubmitButton isPending={mutation.isPending}>{t('partners.saveLine')}</SubmitButton>
            <Button className="button button--secondary" onPress={onReset} isDisabled={!changed}>
              {t('partners.resetLine')}
            </Button>
          </div>
        </ValidatedForm>
      ) : (
        <>
          <p className="muted">{t('partners.lineOnlyManage')}</p>
          <Button className="button button--secondary" onPress={onReset} isDisabled={!changed}>
            {t('partners.resetLine')}
          </Button>
        </>
      )}
      {savedNotice && !changed ? <Notice tone="success">{t('partners.lineSaved')}</Notice> : null}
    </section>
  );
}

function LineSlider({ label, value, max, step, onChange }: { label: string; value: number; max: number; step: number; onChange: (v: number) => void }) {
  return (
    <Slider className="slider" value={value} minValue={0} maxValue={max} step={step} onChange={onChange}>
      <div className="slider__header">
        <Label className="field__label">{label}</Label>
        <SliderOutput className="slider__output" />
      </div>
      <SliderTrack className="slider__track">
        {({ state }) => (
          <>
            <div className="slider__rail" />
            <div className="slider__fill" style={{ width: `${state.getThumbPercent(0) * 100}%` }} />
            <SliderThumb className="slider__thumb" />
          </>
        )}
      </SliderTrack>
    </Slider>
  );
}
