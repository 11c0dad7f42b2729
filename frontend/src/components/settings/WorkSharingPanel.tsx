import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCoalitionVisibility, useSetWorkSharing } from '../../api/coalitions';
import type { CoalitionRead, CoalitionVisibilityRead, WorkPiece } from '../../client/types.gen';
import { useFormErrors, useValidatedForm } from '../../lib/useFormErrors';
import { carriedAlong, PREPARATION_PIECES, type PreparationPiece } from '../coalitions/visibilityRule';
import { TextAreaInput } from '../ui/fields';
import { FormAlert, Loading, Notice, SubmitButton } from '../ui/misc';
import { QueryError } from '../ui/QueryError';
import { Badge } from '../ui/RoleBadge';
import { ValidatedForm } from '../ui/ValidatedForm';

const NO_CHECKS = {};

/** A piece's name inside a sentence (after a colon, in a list): without its capital. */
function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * Who sees what in the coalition: its core team, which preparation is shared with all member
 * organisations, and the work that always is. The coordinator shares a piece or stops sharing it,
 * with a reason for the history.
 */
export function WorkSharingPanel({ coalition }: { coalition: CoalitionRead }) {
  const { t } = useTranslation();
  const visibility = useCoalitionVisibility(coalition.id);
  return (
    <section className="panel stack" aria-labelledby="visibility-heading">
      <div>
        <h2 id="visibility-heading">{t('visibility.settings.heading')}</h2>
        <p>{t('visibility.settings.intro')}</p>
      </div>
      {visibility.isPending ? <Loading /> : null}
      {visibility.isError ? <QueryError error={visibility.error} /> : null}
      {visibility.data ? <Sharing coalition={coalition} visibility={visibility.data} /> : null}
    </section>
  );
}

function Sharing({ coalition, visibility }: { coalition: CoalitionRead; visibility: CoalitionVisibilityRead }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const shared = new Set(visibility.pieces.filter((p) => p.shared).map((p) => p.piece));
  const always = visibility.pieces.filter((p) => p.always_shared).map((p) => inSentence(t(`visibility.pieces.${p.piece}`)));
  return (
    <>
      <div>
        <h3>{t('visibility.settings.coreTeam')}</h3>
        <p className="muted">{t(coalition.in_core_team ? 'visibility.settings.youAreCore' : 'visibility.settings.youAreNotCore')}</p>
        <ul className="name-list" aria-label={t('visibility.settings.coreTeam')}>
          {visibility.core_team.map((member) => (
            <li key={member.organisation_id}>
              {member.organisation_name} <span className="muted">({t(`coalition.roles.${member.role}`)})</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>{t('visibility.settings.preparation')}</h3>
        {done ? <Notice tone="success">{done}</Notice> : null}
        <ul className="sharing-list">
          {PREPARATION_PIECES.map((piece) => (
            <SharedPiece
              key={piece}
              coalitionId={coalition.id}
              piece={piece}
              shared={shared.has(piece)}
              all={shared}
              canManage={coalition.can_manage}
              onDone={setDone}
            />
          ))}
        </ul>
      </div>
      <p className="muted">{t('visibility.settings.alwaysShared', { pieces: always.join(', ') })}</p>
    </>
  );
}

interface PieceProps {
  coalitionId: string;
  piece: PreparationPiece;
  shared: boolean;
  all: ReadonlySet<WorkPiece>;
  canManage: boolean;
  onDone: (message: string) => void;
}

function SharedPiece({ coalitionId, piece, shared, all, canManage, onDone }: PieceProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const change = useSetWorkSharing(coalitionId);
  const errors = useFormErrors(change.error, ['reason']);
  const form = useValidatedForm(NO_CHECKS, errors);
  const name = t(`visibility.pieces.${piece}`);
  // Sharing or unsharing one piece can carry others along (the API does it; the coordinator is told first).
  const alongside = carriedAlong(piece, !shared, all).map((p) => inSentence(t(`visibility.pieces.${p}`)));
  function confirm(values: Record<string, string>) {
    change.mutate(
      { piece, body: { shared: !shared, reason: (values.reason ?? '').trim() } },
      {
        onSuccess: () => {
          setAsking(false);
          onDone(t(shared ? 'visibility.settings.unsharedNotice' : 'visibility.settings.sharedNotice', { piece: name }));
        },
      },
    );
  }
  return (
    <li className="sharing-list__item" data-piece={piece}>
      <div className="sharing-list__head">
        <span className="sharing-list__name">{name}</span>
        <Badge tone={shared ? 'success' : 'muted'}>{t(shared ? 'visibility.settings.stateShared' : 'visibility.settings.statePreparation')}</Badge>
      </div>
      <p className="field__description">{t(`visibility.pieceHints.${piece}`)}</p>
      {canManage && !asking ? (
        <div>
          <Button
            className="button button--secondary button--small"
            onPress={() => {
              change.reset();
              setAsking(true);
            }}
            aria-label={t(shared ? 'visibility.settings.unshareLabel' : 'visibility.settings.shareLabel', { piece: name })}
          >
            {t(shared ? 'visibility.settings.unshare' : 'visibility.settings.share')}
          </Button>
        </div>
      ) : null}
      {asking ? (
        <div className="sharing-list__confirm">
          {alongside.length > 0 ? (
            <p>{t(shared ? 'visibility.settings.unshareAlso' : 'visibility.settings.shareAlso', { pieces: alongside.join(', ') })}</p>
          ) : null}
          <ValidatedForm form={form} onValid={confirm}>
            <FormAlert message={errors.general} />
            <TextAreaInput name="reason" label={t('visibility.settings.reason')} description={t('visibility.settings.reasonHint')} rows={2} />
            <div className="button-row">
              <SubmitButton isPending={change.isPending}>
                {t(shared ? 'visibility.settings.confirmUnshare' : 'visibility.settings.confirmShare')}
              </SubmitButton>
              <Button className="button button--quiet" onPress={() => setAsking(false)}>
                {t('visibility.settings.cancel')}
              </Button>
            </div>
          </ValidatedForm>
        </div>
      ) : null}
    </li>
  );
}
