import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgreementVersions, useVersionDiff } from '../../api/agreements';
import type { AgreementRead, VersionDiff } from '../../client/types.gen';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { SelectInput } from '../ui/fields';
import { Loading } from '../ui/misc';
import { QueryError } from '../ui/QueryError';

/** Every version with author, date and sign-offs, and what changed between two of them. */
export function VersionHistory({ coalitionId, agreement }: { coalitionId: string; agreement: AgreementRead }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versions = useAgreementVersions(coalitionId, agreement.id);
  const items = versions.data?.pages.flatMap((page) => page.items) ?? [];
  const latest = agreement.current_version;
  const [picked, setPicked] = useState<{ from: number; to: number } | null>(null);
  const from = picked?.from ?? Math.max(1, latest - 1);
  const to = picked?.to ?? latest;
  const numbers = items.map((v) => ({ id: String(v.number), label: t('agreements.version', { number: v.number }) }));
  return (
    <section className="panel stack" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('agreements.versionsHeading')}</h2>
      {versions.isPending ? <Loading /> : null}
      {versions.isError ? <QueryError error={versions.error} /> : null}
      <ol className="version-list" reversed>
        {[...items].reverse().map((v) => (
          <li key={v.number} className="version-list__item">
            <span className="version-list__title">
              {t('agreements.versionLine', { number: v.number, name: v.author_name, date: formatDateTime(v.created_at, locale) })}
              {v.number === latest ? <span className="version-list__current"> ({t('agreements.current')})</span> : null}
            </span>
            {v.reason === 'options' ? <span className="version-list__note">{t('agreements.reasonOptions')}</span> : null}
            {v.note ? <span className="version-list__note">{v.note}</span> : null}
            <span className="version-list__meta">{t('agreements.signOffs', { count: v.sign_offs })}</span>
          </li>
        ))}
      </ol>
      {items.length > 1 ? (
        <div className="stack stack--tight">
          <h3>{t('agreements.compare')}</h3>
          <div className="diff-pickers">
            <SelectInput
              name="from"
              label={t('agreements.from')}
              options={numbers}
              selectedKey={String(from)}
              onSelectionChange={(key) => setPicked({ from: Number(key), to })}
            />
            <SelectInput
              name="to"
              label={t('agreements.to')}
              options={numbers}
              selectedKey={String(to)}
              onSelectionChange={(key) => setPicked({ from, to: Number(key) })}
            />
          </div>
          <Diff coalitionId={coalitionId} agreementId={agreement.id} from={from} to={to} />
        </div>
      ) : null}
    </section>
  );
}

function Diff({ coalitionId, agreementId, from, to }: { coalitionId: string; agreementId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const diff = useVersionDiff(coalitionId, agreementId, from, to);
  if (from === to) return <p className="muted">{t('agreements.same')}</p>;
  if (diff.isPending) return <Loading />;
  if (diff.isError) return <QueryError error={diff.error} />;
  return <DiffView diff={diff.data} />;
}

export function DiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  if (diff.hunks.length === 0) return <p className="muted">{t('agreements.identical')}</p>;
  const label = { added: t('agreements.added'), removed: t('agreements.removed'), context: t('agreements.unchangedLine') };
  return (
    <div className="stack stack--tight">
      <p role="status">{t('agreements.diffSummary', { added: diff.added, removed: diff.removed })}</p>
      <div className="diff-scroll" tabIndex={0} role="region" aria-label={t('agreements.diffTable', { from: diff.from_version, to: diff.to_version })}>
        <table className="diff">
          <caption className="visually-hidden">{t('agreements.diffTable', { from: diff.from_version, to: diff.to_version })}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('agreements.lineOld')}</th>
              <th scope="col">{t('agreements.lineNew')}</th>
              <th scope="col">{t('agreements.textHeading')}</th>
            </tr>
          </thead>
          {diff.hunks.map((hunk, index) => (
            <tbody key={index} className="diff__hunk">
              <tr className="diff__header">
                <td colSpan={3}>
                  @@ −{hunk.old_start},{hunk.old_count} +{hunk.new_start},{hunk.new_count} @@
                </td>
              </tr>
              {hunk.lines.map((line, i) => (
                <tr key={i} className={`diff__line diff__line--${line.kind}`}>
                  <td className="diff__number">{line.old_number ?? ''}</td>
                  <td className="diff__number">{line.new_number ?? ''}</td>
                  <td className="diff__text">
                    <span className="visually-hidden">{label[line.kind]}: </span>
                    <span aria-hidden="true" className="diff__sign">
                      {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
                    </span>
                    {line.text}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
