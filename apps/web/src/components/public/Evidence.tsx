import { useTranslation } from 'react-i18next';
import { revealedEvidence, type ClaimDetail } from '../../api/schemas';
import { FullHash } from './bits';

/** Every document hash on chain for the claim: the notarised diagnosis, each witness's visit report, reports' evidence. */
export function Evidence({ claim }: { claim: Pick<ClaimDetail, 'claimId' | 'evidence'> }) {
  const { t } = useTranslation('claims');
  const { evidence } = claim;
  return (
    <dl className="evidence" data-testid="evidence">
      <div>
        <dt>{t('evidence.diagnosis')}</dt>
        <dd>
          <FullHash value={evidence.diagnosis} testId="evidence-diagnosis" />
        </dd>
      </div>
      {evidence.visitReports.map((v) => (
        <div key={`v${v.slot}`}>
          <dt>{t('evidence.visitReport', { slot: v.slot + 1 })}</dt>
          <dd>
            <FullHash value={v.reportHash} testId={`evidence-visit-${v.slot}`} />
          </dd>
        </div>
      ))}
      {evidence.visitReports.length === 0 ? (
        <div>
          <dt>{t('evidence.visitReports')}</dt>
          <dd className="muted">{t('evidence.noVisitReports')}</dd>
        </div>
      ) : null}
      {evidence.reports.map((r) => {
        const hash = revealedEvidence(r.evidenceHash);
        return (
          <div key={`r${r.reportId}`}>
            <dt>{t('evidence.reportEvidence', { id: String(r.reportId) })}</dt>
            <dd className={hash ? undefined : 'muted'}>{hash ? <FullHash value={hash} /> : t('evidence.notRevealed')}</dd>
          </div>
        );
      })}
    </dl>
  );
}
