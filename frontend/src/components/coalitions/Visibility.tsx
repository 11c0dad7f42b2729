import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoalitionRead, WorkPiece } from '../../client/types.gen';
import { isPreparation, standingOf, type PreparationPiece } from './visibilityRule';

interface LineProps {
  coalition: CoalitionRead;
  /** The work the screen shows; none means the coalition's common information (shared). */
  shows: readonly WorkPiece[];
}

/**
 * The one line in a coalition screen's header that says whether what it shows is shared with all
 * member organisations or the core team's preparation (or, on a screen that mixes, that the parts
 * are marked). Worded for the caller: the core team is told who else sees it, anyone else that the
 * preparation is not shown to them.
 */
export function VisibilityLine({ coalition, shows }: LineProps) {
  const { t } = useTranslation();
  const standing = standingOf(coalition, shows);
  const key = standing === 'shared' ? 'shared' : `${standing}${coalition.in_core_team ? 'Core' : 'Other'}`;
  // What the caller sees of a mixed screen outside the core team is the shared part.
  const tone = standing === 'mixed' && !coalition.in_core_team ? 'shared' : standing;
  return (
    <p className={`visibility visibility--${tone}`} data-testid="visibility">
      <span className="visibility__label">{t(`visibility.standing.${key}`)}</span>{' '}
      <span className="visibility__detail">{t(`visibility.standing.${key}Detail`)}</span>
    </p>
  );
}

/** Marks one part of a screen that mixes shared work and preparation. */
export function PartMark({ coalition, piece }: { coalition: CoalitionRead; piece: WorkPiece }) {
  const { t } = useTranslation();
  const preparation = isPreparation(coalition, piece);
  return (
    <span className={`part-mark part-mark--${preparation ? 'preparation' : 'shared'}`} data-testid={`mark-${piece}`}>
      {t(preparation ? 'visibility.mark.preparation' : 'visibility.mark.shared')}
    </span>
  );
}

/**
 * Where a member outside the core team would find preparation: a calm explanation of what is
 * there and when it shows, instead of an error.
 */
export function PreparationNotice({ piece, children }: { piece: PreparationPiece; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="preparation-notice" data-testid={`preparation-${piece}`}>
      <p className="preparation-notice__title">{t('visibility.notice.title')}</p>
      <p>
        {t(`visibility.notice.pieces.${piece}`)} {t('visibility.notice.later')}
      </p>
      {children}
    </div>
  );
}

interface PanelProps {
  coalition: CoalitionRead;
  piece: PreparationPiece;
  /** The heading the part has for the core team, so the page keeps its outline. */
  title: string;
  id: string;
}

/** A whole panel of preparation, as a member outside the core team finds it. */
export function PreparationPanel({ coalition, piece, title, id }: PanelProps) {
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel__title">
        <h2 id={id}>{title}</h2>
        <PartMark coalition={coalition} piece={piece} />
      </div>
      <PreparationNotice piece={piece} />
    </section>
  );
}
