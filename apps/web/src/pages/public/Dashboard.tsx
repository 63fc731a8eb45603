import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClaims, useEpochs, useReserves, useStats } from '../../api/hooks';
import { Address, LoadState, Time, scrollRegion } from '../../components/public/bits';
import { ClaimsTable } from '../../components/public/ClaimsTable';
import { EpochCharts } from '../../components/public/EpochCharts';
import { useMoney } from '../../lib/token';

function Stat({ label, value, testId, hint }: { label: string; value: ReactNode; testId: string; hint?: string }) {
  return (
    <div className="stat">
      <p className="label">{label}</p>
      <p className="figure" data-testid={testId}>
        {value}
      </p>
      {hint ? <p className="muted small">{hint}</p> : null}
    </div>
  );
}

function Reserves() {
  const { t } = useTranslation('dashboard');
  const money = useMoney();
  const { data, isLoading, error } = useReserves();
  return (
    <section aria-labelledby="dash-reserves">
      <h2 id="dash-reserves">{t('reserves.title')}</h2>
      <p className="lead">{t('reserves.intro')}</p>
      <LoadState isLoading={isLoading} error={error} testId="reserves" />
      {data ? (
        <>
          <p
            className={`notice ${data.balanced ? 'reserves-ok' : 'reserves-bad'}`}
            data-testid="reserves-status"
            data-status={data.balanced ? 'ok' : 'mismatch'}
            role="status"
          >
            {data.balanced
              ? t('reserves.ok', { block: String(data.blockNumber) })
              : t(data.difference < 0n ? 'reserves.shortfall' : 'reserves.surplus', {
                  block: String(data.blockNumber),
                  difference: money(data.difference < 0n ? -data.difference : data.difference),
                })}
          </p>
          <div className="table-wrap" {...scrollRegion(t('reserves.caption'))}>
            <table data-testid="reserves-table">
              <caption className="visually-hidden">{t('reserves.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reserves.contract')}</th>
                  <th scope="col" className="num">
                    {t('reserves.held')}
                  </th>
                  <th scope="col" className="num">
                    {t('reserves.owed')}
                  </th>
                  <th scope="col" className="num">
                    {t('reserves.difference')}
                  </th>
                  <th scope="col">{t('reserves.check')}</th>
                </tr>
              </thead>
              <tbody>
                {data.contracts.map((c) => (
                  <tr key={c.address} data-testid={`reserves-${c.contract}`}>
                    <th scope="row">
                      {t(`reserves.contracts.${c.contract}`, { defaultValue: c.contract })}
                      <br />
                      <Address value={c.address} />
                    </th>
                    <td className="num">
                      {money(c.held)}
                      {c.receivable !== undefined && c.receivable > 0n ? (
                        <div className="muted small" data-testid={`reserves-${c.contract}-receivable`}>
                          {t('reserves.receivable', { amount: money(c.receivable) })}
                        </div>
                      ) : null}
                    </td>
                    <td className="num">
                      {money(c.owed)}
                      {Object.keys(c.parts).length > 1 ? (
                        <ul className="plain muted small">
                          {Object.entries(c.parts).map(([part, amount]) => (
                            <li key={part}>
                              {t(`reserves.parts.${part}`, { defaultValue: part })}: {money(amount)}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td className="num">{money(c.difference)}</td>
                    <td data-status={c.difference === 0n ? 'ok' : 'mismatch'}>
                      {c.difference === 0n ? <span className="ok">✓ {t('reserves.rowOk')}</span> : <span className="bad">✗ {t('reserves.rowBad')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

function LatestClaims() {
  const { t } = useTranslation('dashboard');
  const { data, isLoading, error } = useClaims({ limit: 5 });
  return (
    <section>
      <h2 id="dash-latest">{t('dashboard:latest.title')}</h2>
      <LoadState isLoading={isLoading} error={error} />
      {data && data.claims.length === 0 ? <p className="muted">{t('dashboard:latest.none')}</p> : null}
      {data && data.claims.length > 0 ? (
        <ClaimsTable
          claims={data.claims}
          caption={t('dashboard:latest.title')}
          time="filedAt"
          testId="latest-claims"
          rowTestId={(id) => `latest-claim-${id}`}
        />
      ) : null}
      <p>
        <Link to="/claims">{t('dashboard:latest.all')}</Link> · <Link to="/board">{t('dashboard:latest.board')}</Link>
      </p>
    </section>
  );
}

/** The pool at a glance: members, money held, the reserves check, the charts and the latest claims. */
export default function Dashboard() {
  const { t } = useTranslation('dashboard');
  const money = useMoney();
  const stats = useStats();
  const epochs = useEpochs();
  const s = stats.data;
  const lastSettled = epochs.data?.epochs.find((e) => e.settled);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <LoadState isLoading={stats.isLoading} error={stats.error} testId="stats" />
      {s?.runOff ? (
        <p className="notice" role="status">
          {t('runOff')} <Time seconds={s.runOff.startedAt} />
        </p>
      ) : null}

      <section aria-labelledby="dash-members">
        <h2 id="dash-members">{t('members.title')}</h2>
        <div className="stat-grid compact">
          <Stat label={t('members.covered')} value={s ? s.members.covered : '…'} testId="stat-members-covered" />
          <Stat label={t('members.waiting')} value={s ? s.members.waiting : '…'} testId="stat-members-waiting" />
          <Stat label={t('members.lapsed')} value={s ? s.members.lapsed : '…'} testId="stat-members-lapsed" />
          <Stat label={t('members.exited')} value={s ? s.members.exited : '…'} testId="stat-members-exited" />
        </div>
      </section>

      <section aria-labelledby="dash-money">
        <h2 id="dash-money">{t('money.title')}</h2>
        <div className="stat-grid">
          <Stat label={t('money.memberFunds')} value={s ? money(s.money.memberFunds) : '…'} testId="stat-member-funds" />
          <Stat label={t('money.reserve')} value={s ? money(s.money.reserve) : '…'} testId="stat-reserve" />
          <Stat label={t('money.queuedPayments')} value={s ? money(s.money.queuedPayments) : '…'} testId="stat-queued-payments" />
          <Stat label={t('money.unclaimedPayouts')} value={s ? money(s.money.unclaimedPayouts) : '…'} testId="stat-unclaimed-payouts" />
          {s?.money.waitingForToken && s.money.waitingForToken.total > 0n ? (
            <Stat
              label={t('money.waitingForToken')}
              value={money(s.money.waitingForToken.total)}
              testId="stat-waiting-for-token"
              hint={t('money.waitingForTokenHint', {
                credits: money(s.money.waitingForToken.pendingCredits.total),
                payouts: money(s.money.waitingForToken.unclaimedPayouts),
                refunds: money(s.money.waitingForToken.unclaimedRefunds),
              })}
            />
          ) : null}
          <Stat label={t('money.totalPaid')} value={s ? money(s.money.totalPaid) : '…'} testId="stat-total-paid" />
          <Stat
            label={t('money.lastShare')}
            value={lastSettled ? money(lastSettled.share) : epochs.data ? t('money.noEpoch') : '…'}
            testId="stat-last-share"
            hint={lastSettled ? t('money.lastShareHint', { epoch: String(lastSettled.epoch), members: lastSettled.members }) : undefined}
          />
        </div>
        {s ? (
          <p className="muted" data-testid="stat-claims">
            {t('money.claims', { filed: s.claims.filed, paid: s.claims.paid, rejected: s.claims.rejected })} ·{' '}
            {t('money.epoch', { current: String(s.epoch.current), next: String(s.epoch.nextToSettle) })}
          </p>
        ) : null}
      </section>

      <Reserves />

      <section aria-labelledby="dash-charts">
        <h2 id="dash-charts">{t('charts.title')}</h2>
        <LoadState isLoading={epochs.isLoading} error={epochs.error} />
        {epochs.data ? <EpochCharts epochs={epochs.data.epochs} /> : null}
      </section>

      <LatestClaims />
    </>
  );
}
