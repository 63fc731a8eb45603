import { useTranslation } from 'react-i18next';
import type { ClaimDetail } from '../../api/schemas';
import { useMoney } from '../../lib/token';
import { waitingFacts } from './claimFacts';

/**
 * A claim's money that waits for the token to move (paused): credits to every member decided on it and not made yet,
 * and the slashed stake the witness registry still owes. Nothing when nothing waits.
 */
export function WaitingForToken({ claim }: { claim: Pick<ClaimDetail, 'waiting' | 'pendingCredit' | 'owedStake'> }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  const facts = waitingFacts(claim);
  if (!facts) return null;
  const credits = facts.credits.length > 0 ? facts.credits : facts.pendingCredit > 0n ? [{ reason: null, reportId: null, amount: facts.pendingCredit }] : [];
  return (
    <div className="notice" role="note" data-testid="claim-waiting">
      <strong>{t('waiting.title')}</strong>
      <ul className="plain">
        {credits.map((c, i) => (
          <li key={`${c.reason}-${c.reportId ?? ''}-${i}`} data-testid="claim-pending-credit" data-reason={c.reason ?? ''}>
            {c.reason
              ? t('waiting.credit', {
                  amount: money(c.amount),
                  reason: t(`waiting.reasons.${c.reason}`, { reportId: c.reportId === null ? '' : String(c.reportId), defaultValue: c.reason }),
                })
              : t('waiting.creditTotal', { amount: money(c.amount) })}
          </li>
        ))}
        {facts.owedStake > 0n ? <li data-testid="claim-owed-stake">{t('waiting.owedStake', { amount: money(facts.owedStake) })}</li> : null}
      </ul>
      <p className="muted small">{t('waiting.explain')}</p>
    </div>
  );
}
