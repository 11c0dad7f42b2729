import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../lib/validation';
import { TextInput } from '../ui/fields';
import { gapBefore, RANKS, textField, topicField } from './tob3';

/** The form fields of the three worries, for the server's field errors to land beside. */
export const WORRY_FIELDS: readonly string[] = ['worries', ...RANKS.flatMap((r) => [textField(r), topicField(r)])];

/** At least one worry, and no gap before a later one. */
export function useWorryChecks(): Record<string, Check> {
  const { t } = useTranslation();
  return useMemo(() => {
    const all: Record<string, Check> = {};
    all[textField(1)] = (value, values) => {
      if (values && gapBefore(1, values)) return t('tob3.gap');
      return value.trim() === '' ? t('tob3.atLeastOne') : null;
    };
    for (const rank of [2, 3]) all[textField(rank)] = (_value, values) => (values && gapBefore(rank, values) ? t('tob3.gap') : null);
    return all;
  }, [t]);
}

/** One to three worries, the biggest first, each with an optional topic. */
export function WorryFields({ defaults }: { defaults: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <>
      {RANKS.map((rank) => (
        <fieldset key={rank} className="tob3-worry">
          <legend>{t('tob3.rank', { rank })}</legend>
          <TextInput
            name={textField(rank)}
            label={t('tob3.worryText', { rank })}
            description={rank === 1 ? t('tob3.rankHint1') : undefined}
            defaultValue={defaults[textField(rank)]}
            required={rank === 1}
          />
          <TextInput name={topicField(rank)} label={t('tob3.topic', { rank })} description={t('tob3.topicHint')} defaultValue={defaults[topicField(rank)]} />
        </fieldset>
      ))}
    </>
  );
}
