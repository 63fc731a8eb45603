import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClaim, useClaims } from '../../api/hooks';
import { DECIDED_STATES } from '../../api/schemas';
import { Address, ClaimLink, LoadState, ReportButton, StateBadge, Time } from '../../components/public/bits';
import { ClaimsTable } from '../../components/public/ClaimsTable';
import { Countdown } from '../../components/public/Countdown';
import { Evidence } from '../../components/public/Evidence';
import { WitnessSlots } from '../../components/public/WitnessSlots';
import { WaitingForToken } from '../../components/public/WaitingForToken';
import { useMoney } from '../../lib/token';

/** One claim under announcement: everything a supervisor (监督人) needs to decide whether to object. */
function AnnouncedClaim({ claimId }: { claimId: bigint }) {
  const { t } = useTranslation(['board', 'claims']);
  const money = useMoney();
  const { data: claim, isLoading, error } = useClaim(claimId);
  const headingId = `board-claim-${claimId}-title`;
  return (
    <article className="card board-card" data-testid={`board-claim-${claimId}`} aria-labelledby={headingId}>
      <header className="board-card-head">
        <h2 id={headingId}>
          <ClaimLink claimId={claimId} />
        </h2>
        {claim ? <StateBadge state={claim.state} /> : null}
      </header>
      <LoadState isLoading={isLoading} error={error} />
      {claim ? (
        <>
          <dl className="claim-facts">
            <div>
              <dt>{t('board:amount')}</dt>
              <dd className="figure" data-testid="claim-amount">
                {money(claim.approvedAmount ?? claim.requestedAmount)}
              </dd>
            </div>
            <div>
              <dt>{t('claims:fields.claimant')}</dt>
              <dd>
                <Address value={claim.claimant} />
              </dd>
            </div>
            <div>
              <dt>{t('claims:fields.region')}</dt>
              <dd>{String(claim.region)}</dd>
            </div>
            <div>
              <dt>{t('claims:fields.diagnosedAt')}</dt>
              <dd>
                <Time seconds={claim.diagnosedAt} style="date" />
              </dd>
            </div>
          </dl>
          {claim.announcement ? (
            <Countdown endsAt={claim.announcement.endsAt} secondsLeft={claim.announcement.secondsLeft} />
          ) : (
            <p className="muted">{t('board:leftAnnouncement')}</p>
          )}
          <WaitingForToken claim={claim} />
          <h3>{t('claims:evidence.title')}</h3>
          <Evidence claim={claim} />
          <h3>{t('claims:witness.title')}</h3>
          <WitnessSlots witnesses={claim.witnesses} caption={t('claims:witness.caption', { id: String(claimId) })} compact />
          <p className="actions">
            <Link to={`/claims/${claimId}`} className="button-link secondary">
              {t('board:details', { id: String(claimId) })}
            </Link>
            {claim.state === 'Announced' ? <ReportButton claimId={claimId} /> : null}
          </p>
        </>
      ) : null}
    </article>
  );
}

/** When nothing is announced: the latest claims with a decision, so the board is never a blank page. */
function LatestDecided() {
  const { t } = useTranslation('board');
  const { data, isLoading, error } = useClaims({ states: DECIDED_STATES, limit: 10 });
  return (
    <section>
      <h2 id="board-decided">{t('board:decided.title')}</h2>
      <LoadState isLoading={isLoading} error={error} />
      {data && data.claims.length === 0 ? <p className="muted">{t('board:decided.none')}</p> : null}
      {data && data.claims.length > 0 ? (
        <ClaimsTable claims={data.claims} caption={t('board:decided.title')} time="updatedAt" testId="board-decided" />
      ) : null}
    </section>
  );
}

/** Claims taken off the board by a report: the operator investigates; a dismissed or unanswered report puts them back. */
function UnderInvestigation() {
  const { t } = useTranslation(['board', 'claims']);
  const money = useMoney();
  const { data } = useClaims({ states: ['UnderInvestigation'], limit: 50 });
  if (!data || data.claims.length === 0) return null;
  return (
    <section>
      <h2>{t('board:investigation.title')}</h2>
      <p className="muted">{t('board:investigation.intro')}</p>
      <ul className="plain investigation-list" data-testid="board-investigation">
        {data.claims.map((c) => (
          <li key={String(c.claimId)} data-testid={`board-investigation-${c.claimId}`}>
            <ClaimLink claimId={c.claimId} /> <StateBadge state={c.state} /> {money(c.approvedAmount ?? c.requestedAmount)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 公示: every claim under announcement, with its evidence, witnesses and the time left to object. */
export default function Board() {
  const { t } = useTranslation(['board', 'claims']);
  const { data, isLoading, error } = useClaims({ states: ['Announced'], limit: 100 });
  const announced = data?.claims ?? [];
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">{t('board:title')}</h1>
      <p className="lead">{t('board:intro')}</p>
      <LoadState isLoading={isLoading} error={error} testId="board" />
      {data ? (
        <p className="muted" data-testid="board-count" aria-live="polite">
          {t('board:count', { count: announced.length })}
        </p>
      ) : null}
      {announced.length > 0 ? (
        <div className="board-list">
          {announced.map((c) => (
            <AnnouncedClaim key={String(c.claimId)} claimId={c.claimId} />
          ))}
        </div>
      ) : null}
      {data && announced.length === 0 ? (
        <>
          <p className="notice" data-testid="board-empty">
            {t('board:empty')}
          </p>
          <LatestDecided />
        </>
      ) : null}
      <UnderInvestigation />
    </section>
  );
}
