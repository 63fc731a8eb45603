import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound, useClaim, useStats } from '../../api/hooks';
import { parseClaimId, revealedEvidence, type ClaimDetail as Claim } from '../../api/schemas';
import { Address, FullHash, LoadState, ReportButton, StateBadge, Time, TxHash, scrollRegion } from '../../components/public/bits';
import { Countdown } from '../../components/public/Countdown';
import { DrawCard } from '../../components/public/DrawCard';
import { Evidence } from '../../components/public/Evidence';
import { NextStep } from '../../components/public/NextStep';
import { paymentFacts, reportableNow } from '../../components/public/claimFacts';
import { Timeline } from '../../components/public/Timeline';
import { WaitingForToken } from '../../components/public/WaitingForToken';
import { WitnessSlots } from '../../components/public/WitnessSlots';
import { useMoney } from '../../lib/token';
import { formatTime } from '../../lib/format';

function Summary({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  const payment = paymentFacts(claim);
  return (
    <dl className="claim-facts" data-testid="claim-summary">
      <div>
        <dt>{t('fields.approvedAmount')}</dt>
        <dd className="figure" data-testid="claim-amount">
          {money(claim.approvedAmount ?? claim.requestedAmount)}
        </dd>
      </div>
      <div>
        <dt>{t('fields.requestedAmount')}</dt>
        <dd data-testid="claim-requested">{money(claim.requestedAmount)}</dd>
      </div>
      <div>
        <dt>{t('fields.paidAmount')}</dt>
        <dd data-testid="claim-paid">{money(claim.paidAmount)}</dd>
      </div>
      <div>
        <dt>{t('fields.claimant')}</dt>
        <dd>
          <Link to={`/claims?claimant=${claim.claimant}`}>
            <Address value={claim.claimant} testId="claim-claimant" />
          </Link>
        </dd>
      </div>
      <div>
        <dt>{t('fields.notary')}</dt>
        <dd>
          <Address value={claim.notary} />
        </dd>
      </div>
      <div>
        <dt>{t('fields.region')}</dt>
        <dd>{String(claim.region)}</dd>
      </div>
      <div>
        <dt>{t('fields.diagnosedAt')}</dt>
        <dd>
          <Time seconds={claim.diagnosedAt} style="date" />
        </dd>
      </div>
      <div>
        <dt>{t('fields.filedAt')}</dt>
        <dd>
          <Time seconds={claim.filedAt} /> · <TxHash hash={claim.transactionHash} />
        </dd>
      </div>
      {payment.paymentDeadline !== null && (claim.state === 'Approved' || (claim.state === 'UnderInvestigation' && claim.approvedAmount !== null)) ? (
        <div>
          <dt>{t('fields.paymentDeadline')}</dt>
          <dd data-testid="claim-payment-deadline">
            <Time seconds={payment.paymentDeadline} />
          </dd>
        </div>
      ) : null}
      {payment.expectedEpochs !== null && claim.state === 'Approved' ? (
        <div>
          <dt>{t('fields.expectedEpochs')}</dt>
          <dd>{String(payment.expectedEpochs)}</dd>
        </div>
      ) : null}
      {payment.shortfall !== null ? (
        <div>
          <dt>{t('fields.shortfall')}</dt>
          <dd className="warn" data-testid="claim-shortfall">
            {money(payment.shortfall)}
          </dd>
        </div>
      ) : null}
      {claim.deadline !== null && claim.deadline !== 0n && claim.state !== 'Paid' && claim.state !== 'Approved' ? (
        <div>
          <dt>{t('fields.deadline')}</dt>
          <dd data-testid="claim-deadline">
            <Time seconds={claim.deadline} />
          </dd>
        </div>
      ) : null}
      {claim.reportWindowEnds !== null ? (
        <div>
          <dt>{t('fields.reportWindowEnds')}</dt>
          <dd>
            <Time seconds={claim.reportWindowEnds} />
          </dd>
        </div>
      ) : null}
      {claim.commission !== null ? (
        <div>
          <dt>{t('fields.commission')}</dt>
          <dd>{money(claim.commission)}</dd>
        </div>
      ) : null}
      {claim.stakeLock !== null ? (
        <div>
          <dt>{t('fields.stakeLock')}</dt>
          <dd>{money(claim.stakeLock)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function Reports({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  if (claim.reports.length === 0) return <p className="muted">{t('detail.noReports')}</p>;
  return (
    <div className="table-wrap" {...scrollRegion(t('detail.reports'))}>
      <table data-testid="claim-reports">
        <caption className="visually-hidden">{t('detail.reports')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportsTable.id')}</th>
            <th scope="col">{t('reportsTable.reporter')}</th>
            <th scope="col" className="num">
              {t('reportsTable.bond')}
            </th>
            <th scope="col">{t('reportsTable.evidence')}</th>
            <th scope="col">{t('reportsTable.outcome')}</th>
            <th scope="col">{t('reportsTable.result')}</th>
            <th scope="col">{t('reportsTable.filed')}</th>
          </tr>
        </thead>
        <tbody>
          {claim.reports.map((r) => (
            <tr key={String(r.reportId)} data-testid={`report-${r.reportId}`}>
              <th scope="row">#{String(r.reportId)}</th>
              <td>
                <Address value={r.reporter} />
              </td>
              <td className="num">{money(r.bond)}</td>
              <td>{revealedEvidence(r.evidenceHash) ? <FullHash value={revealedEvidence(r.evidenceHash)!} /> : <span className="muted">{t('evidence.notRevealed')}</span>}</td>
              <td data-outcome={r.outcome}>
                <span className={r.outcome === 'Confirmed' ? 'bad' : r.outcome === 'Open' ? 'warn' : undefined}>{t(`outcomes.${r.outcome}`, { defaultValue: r.outcome })}</span>
                {r.outcome === 'Open' ? (
                  <div className="muted small">
                    {t('reportsTable.deadline')} <Time seconds={r.deadline} />
                  </div>
                ) : null}
              </td>
              <td>
                <ul className="plain small">
                  {r.reward !== null && r.reward > 0n ? <li>{t('reportsTable.reward', { amount: money(r.reward) })}</li> : null}
                  {r.fee !== null && r.fee > 0n ? <li>{t('reportsTable.fee', { amount: money(r.fee) })}</li> : null}
                  {r.creditedToMembers !== null && r.creditedToMembers > 0n ? <li>{t('reportsTable.credited', { amount: money(r.creditedToMembers) })}</li> : null}
                </ul>
              </td>
              <td>
                <Time seconds={r.filedAt} />
                {r.resolvedAt !== null ? (
                  <div className="muted small">
                    {t('reportsTable.resolved')}: <Time seconds={r.resolvedAt} />
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Payments({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  if (claim.payments.length === 0) return <p className="muted">{t('detail.noPayments')}</p>;
  return (
    <div className="table-wrap" {...scrollRegion(t('detail.payments'))}>
      <table data-testid="claim-payments">
        <caption className="visually-hidden">{t('detail.payments')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('paymentsTable.id')}</th>
            <th scope="col">{t('paymentsTable.kind')}</th>
            <th scope="col">{t('paymentsTable.to')}</th>
            <th scope="col" className="num">
              {t('paymentsTable.amount')}
            </th>
            <th scope="col" className="num">
              {t('paymentsTable.paid')}
            </th>
            <th scope="col" className="num">
              {t('paymentsTable.remaining')}
            </th>
            <th scope="col">{t('paymentsTable.epoch')}</th>
          </tr>
        </thead>
        <tbody>
          {claim.payments.map((p) => (
            <tr key={String(p.paymentId)} data-testid={`payment-${p.paymentId}`}>
              <th scope="row">#{String(p.paymentId)}</th>
              <td>{p.recipient === claim.claimant ? t('paymentsTable.payout') : t('paymentsTable.commission')}</td>
              <td>
                <Address value={p.recipient} />
              </td>
              <td className="num">{money(p.amount)}</td>
              <td className="num">{money(p.paid)}</td>
              <td className="num">
                {money(p.remaining)}
                {p.transferFailed ? <div className="warn small">{t('paymentsTable.failed')}</div> : null}
              </td>
              <td>{String(p.epoch)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether a supervisor may still report: during the announcement, while approved, after payout until the report window ends. */
function useReportable(claim: Claim | undefined) {
  const { data: stats } = useStats();
  return claim ? reportableNow(claim, stats?.chainTime) : false;
}

/** An approved claim's payment window (paid in instalments until then), or a claim closed paid in part. */
function PaymentNote({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation('claims');
  const money = useMoney();
  const payment = paymentFacts(claim);
  if (payment.shortfall !== null) {
    return (
      <p className="notice" data-testid="claim-paid-in-part">
        {t('payment.paidInPart', { paid: money(payment.paid), approved: money(claim.approvedAmount ?? payment.paid + payment.shortfall), shortfall: money(payment.shortfall) })}
      </p>
    );
  }
  if (claim.state !== 'Approved' || payment.paymentDeadline === null) return null;
  return (
    <p data-testid="claim-payment-schedule">
      {t('payment.schedule', { time: formatTime(payment.paymentDeadline, i18n.language) })}
      {payment.expectedEpochs !== null && payment.expectedEpochs > 0n ? ` ${t('payment.expected', { count: Number(payment.expectedEpochs) })}` : ''}
    </p>
  );
}

/** A claim's whole public record: state, evidence, witnesses, draws (verifiable here), reports, payments, timeline. */
export default function ClaimDetail() {
  const { t } = useTranslation('claims');
  const { claimId: raw } = useParams();
  const claimId = parseClaimId(raw);
  const { data: claim, isLoading, error } = useClaim(claimId);
  const reportable = useReportable(claim);

  if (claimId === null || isNotFound(error)) {
    return (
      <section aria-labelledby="claim-title">
        <h1 id="claim-title">{t('title')}</h1>
        <p className="notice" role="alert" data-testid="claim-not-found">
          {claimId === null ? t('detail.badId', { id: raw ?? '' }) : t('detail.notFound', { id: String(claimId) })}
        </p>
        <p>
          <Link to="/claims">{t('detail.backToList')}</Link>
        </p>
      </section>
    );
  }

  return (
    <article aria-labelledby="claim-title">
      <p className="muted small">
        <Link to="/claims">{t('detail.backToList')}</Link>
      </p>
      <h1 id="claim-title">
        {t('claimNumber', { id: String(claimId) })} {claim ? <StateBadge state={claim.state} testId="claim-state" inPart={paymentFacts(claim).shortfall !== null} /> : null}
      </h1>
      <LoadState isLoading={isLoading} error={error} testId="claim" />
      {claim ? (
        <>
          <p className="lead" data-testid="claim-state-help">
            {t(`stateHelp.${claim.state}`)}
            {claim.reason && claim.reason !== 'None' ? (
              <>
                {' '}
                <strong data-testid="claim-reason">
                  {t('fields.reason')}: {t(`reasons.${claim.reason}`, { defaultValue: claim.reason })}
                </strong>
              </>
            ) : null}
          </p>
          {claim.announcement ? <Countdown endsAt={claim.announcement.endsAt} secondsLeft={claim.announcement.secondsLeft} /> : null}
          <PaymentNote claim={claim} />
          <WaitingForToken claim={claim} />
          {reportable ? (
            <p className="actions">
              <ReportButton claimId={claim.claimId} />
              {claim.state === 'Paid' && claim.reportWindowEnds !== null ? (
                <span className="muted small">
                  {t('report.paidOpen')}{' '}
                  <Time seconds={claim.reportWindowEnds} />
                </span>
              ) : null}
              {claim.state === 'Approved' ? <span className="muted small">{t('report.approvedOpen')}</span> : null}
            </p>
          ) : null}

          {/* While announced, the countdown above already runs to the announcement's end, after which anyone may approve. */}
          <NextStep claimId={claim.claimId} showCountdown={claim.announcement === null} />

          <section aria-labelledby="claim-summary-title">
            <h2 id="claim-summary-title">{t('detail.summary')}</h2>
            <Summary claim={claim} />
          </section>

          <section aria-labelledby="claim-evidence-title">
            <h2 id="claim-evidence-title">{t('evidence.title')}</h2>
            <Evidence claim={claim} />
          </section>

          <section aria-labelledby="claim-witnesses-title">
            <h2 id="claim-witnesses-title">{t('witness.title')}</h2>
            <WitnessSlots witnesses={claim.witnesses} caption={t('witness.caption', { id: String(claim.claimId) })} />
          </section>

          <section aria-labelledby="claim-draws-title" data-testid="claim-draws">
            <h2 id="claim-draws-title">{t('detail.draws')}</h2>
            <p className="muted">{t('detail.drawsIntro')}</p>
            {claim.draws.length === 0 ? <p className="muted">{t('detail.noDraws')}</p> : null}
            {claim.draws.map((draw) => (
              <DrawCard key={draw.drawNumber} claimId={claim.claimId} draw={draw} />
            ))}
          </section>

          <section>
            <h2 id="claim-reports-title">{t('detail.reports')}</h2>
            <Reports claim={claim} />
          </section>

          <section>
            <h2 id="claim-payments-title">{t('detail.payments')}</h2>
            <Payments claim={claim} />
          </section>

          <section aria-labelledby="claim-timeline-title">
            <h2 id="claim-timeline-title">{t('detail.timeline')}</h2>
            <Timeline events={claim.timeline} />
          </section>
        </>
      ) : null}
    </article>
  );
}
