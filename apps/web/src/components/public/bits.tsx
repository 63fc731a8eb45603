import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClaimState } from '../../api/schemas';
import { useRuntimeConfig } from '../../lib/config';
import { formatTime, shortHex } from '../../lib/format';

/** Small shared pieces of the public pages: state badges, hashes, addresses, transaction links, times. */

const STATE_TONE: Record<ClaimState, 'progress' | 'public' | 'good' | 'bad' | 'alert'> = {
  Filed: 'progress',
  Reviewed: 'progress',
  WitnessesDrawn: 'progress',
  Attested: 'progress',
  Announced: 'public',
  Approved: 'good',
  Paid: 'good',
  Rejected: 'bad',
  UnderArbitration: 'alert',
  UnderInvestigation: 'alert',
  FraudConfirmed: 'bad',
};

export function StateBadge({ state, testId, inPart = false }: { state: ClaimState; testId?: string; inPart?: boolean }) {
  const { t } = useTranslation('claims');
  return (
    <span className={`state-badge tone-${STATE_TONE[state]}`} data-testid={testId} data-state={state} data-in-part={inPart || undefined}>
      {t(`states.${state}`)}
      {inPart ? ` (${t('payment.badge')})` : ''}
    </span>
  );
}

/** A full hash, breakable, in monospace (evidence hashes are compared character by character). */
export function FullHash({ value, testId }: { value: string; testId?: string }) {
  return (
    <code className="hash" data-testid={testId}>
      {value}
    </code>
  );
}

/** An address, shortened, with the full value in the title and for copy. */
export function Address({ value, testId }: { value: string; testId?: string }) {
  return (
    <code title={value} data-testid={testId} data-value={value}>
      {shortHex(value)}
    </code>
  );
}

/** A transaction hash: a link to the explorer when the deployment names one. */
export function TxHash({ hash }: { hash: string }) {
  const { explorerUrl } = useRuntimeConfig();
  const { t } = useTranslation('claims');
  if (!explorerUrl) return <code title={hash}>{shortHex(hash, 6)}</code>;
  return (
    <a href={`${explorerUrl.replace(/\/$/, '')}/tx/${hash}`} target="_blank" rel="noreferrer" title={t('txOnExplorer', { hash })}>
      <code>{shortHex(hash, 6)}</code>
    </a>
  );
}

/** A unix time in the page's language inside `<time>`; 0 or null as a dash. */
export function Time({ seconds, style = 'datetime' }: { seconds: bigint | null | undefined; style?: 'date' | 'datetime' }) {
  const { i18n } = useTranslation();
  if (seconds === null || seconds === undefined || seconds === 0n) return <span aria-hidden="true">—</span>;
  return <time dateTime={new Date(Number(seconds) * 1000).toISOString()}>{formatTime(seconds, i18n.language, style)}</time>;
}

/** `/claims/<id>` with the claim's number as text. */
export function ClaimLink({ claimId, children }: { claimId: bigint; children?: ReactNode }) {
  const { t } = useTranslation('claims');
  return <Link to={`/claims/${claimId}`}>{children ?? t('claimNumber', { id: String(claimId) })}</Link>;
}

/** The supervisor's (监督人) way in: a report with a bond, on the report page, for this claim. */
export function ReportButton({ claimId }: { claimId: bigint }) {
  const { t } = useTranslation('claims');
  return (
    <Link className="button-link" to={`/report?claim=${claimId}`} data-testid="report-button">
      {t('report.button', { id: String(claimId) })}
    </Link>
  );
}

/** Loading and error states of an API read, announced to screen readers. */
export function LoadState({ isLoading, error, testId }: { isLoading: boolean; error: Error | null; testId?: string }) {
  const { t } = useTranslation('claims');
  if (error)
    return (
      <p role="alert" className="error" data-testid={testId ? `${testId}-error` : undefined}>
        {t('loadError', { message: error.message })}
      </p>
    );
  if (isLoading)
    return (
      <p aria-busy="true" className="muted">
        {t('loading')}
      </p>
    );
  return null;
}

/** Props of a `.table-wrap` that may scroll sideways on a phone: keyboard-reachable and named, as WCAG asks. */
export function scrollRegion(label: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': label } as const;
}
