import { useTranslation } from 'react-i18next';
import { drawSetSize, type Draw } from '../../api/schemas';
import { useMoney } from '../../lib/token';
import { Address, Time, TxHash } from './bits';
import { VerifyDrawButton } from './VerifyDraw';

/** One witness draw with every published input, so anyone can recompute it (docs/witness-draw.md §3). */
export function DrawCard({ claimId, draw }: { claimId: bigint; draw: Draw }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  const region = (r: bigint | null) => (r === null ? '—' : r === 0n ? t('draw.allRegions') : String(r));
  const headingId = `draw-${draw.drawNumber}-title`;
  return (
    <article className="card draw-card" aria-labelledby={headingId} data-testid={`draw-${draw.drawNumber}`}>
      <h3 id={headingId}>{t('draw.title', { n: draw.drawNumber })}</h3>
      <dl className="claim-facts">
        <div>
          <dt>{t('draw.drawnAt')}</dt>
          <dd>
            <Time seconds={draw.timestamp} /> · <TxHash hash={draw.transactionHash} />
          </dd>
        </div>
        <div>
          <dt>{t('draw.requestId')}</dt>
          <dd>{String(draw.requestId)}</dd>
        </div>
        <div>
          <dt>{t('draw.snapshotBlock')}</dt>
          <dd>{String(draw.snapshotBlock)}</dd>
        </div>
        <div>
          <dt>{t('draw.requestedRegion')}</dt>
          <dd>{region(draw.requestedRegion ?? draw.region)}</dd>
        </div>
        <div>
          <dt>{t('draw.drawnRegion')}</dt>
          <dd>{region(draw.drawnRegion)}</dd>
        </div>
        <div>
          <dt>{t('draw.eligible')}</dt>
          <dd>{drawSetSize(draw) === null ? '—' : String(drawSetSize(draw))}</dd>
        </div>
        {draw.lockAmount !== undefined && draw.lockAmount !== null ? (
          <div>
            <dt>{t('draw.lockAmount')}</dt>
            <dd>
              {money(draw.lockAmount)}
              {draw.firstTier !== undefined && draw.firstTier !== null ? <span className="muted small"> · {t('draw.firstTier', { tier: draw.firstTier })}</span> : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('draw.count')}</dt>
          <dd>{draw.count}</dd>
        </div>
        <div>
          <dt>{t('draw.exclude')}</dt>
          <dd>
            <ul className="plain">
              {draw.exclude.map((a) => (
                <li key={a}>
                  <Address value={a} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <dl className="evidence">
        <div>
          <dt>{t('draw.randomnessValue')}</dt>
          <dd>{draw.randomnessValue === null ? '—' : <code className="hash">{String(draw.randomnessValue)}</code>}</dd>
        </div>
        <div>
          <dt>{t('draw.seed')}</dt>
          <dd>
            <code className="hash">{String(draw.seed)}</code>
          </dd>
        </div>
        <div>
          <dt>{t('draw.witnesses')}</dt>
          <dd>
            <ol className="plain">
              {draw.witnesses.map((a, i) => (
                <li key={`${a}-${i}`}>
                  <Address value={a} />
                </li>
              ))}
            </ol>
          </dd>
        </div>
      </dl>
      <VerifyDrawButton claimId={claimId} draw={draw} />
    </article>
  );
}
