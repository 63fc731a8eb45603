import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useConnection } from 'wagmi';
import { releasePayout, requestExit, topUpBalance, withdrawBalance } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useApi } from '../../lib/api';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { useDescribeError } from '../../lib/errors';
import { formatDuration, formatTime, shortHex } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { AmountInput } from '../../components/forms/AmountInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { TxButton } from '../../components/forms/TxButton';
import { FormPage } from '../../components/forms/FormPage';
import { amountSchema } from '../../components/forms/schemas';
import { useAmountPreview, useChainNow, useMember, usePool } from '../../components/forms/hooks';

/** A row of `/api/members/:address`'s statement (docs/indexer.md): amounts and ids as decimal strings. */
const statementRowSchema = z.object({
  kind: z.string(),
  direction: z.string().nullish(),
  amount: z.string(),
  epoch: z.string().nullish(),
  claimIds: z.array(z.string()).nullish(),
  claimId: z.string().nullish(),
  reportId: z.string().nullish(),
  reason: z.string().nullish(),
  source: z.string().nullish(),
  members: z.number().nullish(),
  epochTotal: z.string().nullish(),
  counterparty: z.string().nullish(),
  timestamp: z.string(),
  transactionHash: z.string(),
});
type StatementRow = z.infer<typeof statementRowSchema>;
const statementSchema = z.object({
  statement: z.array(statementRowSchema).default([]),
  nextCursor: z.string().nullable().optional(),
});

const PAGE = 10;

/** My account: status, cover countdown, balance, most that can still be charged, itemised statement, and the money actions. */
export default function Account() {
  const { t } = useTranslation('account');
  return (
    <FormPage title={t('title')} walletWhy={t('walletWhy')}>
      <AccountBody />
    </FormPage>
  );
}

function AccountBody() {
  const { t, i18n } = useTranslation(['account', 'forms']);
  const { address } = useConnection();
  const { deployment, apiUrl } = useRuntimeConfig();
  const money = useMoney();
  const { data: token } = useToken();
  const pool = usePool();
  const now = useChainNow();
  const member = useMember();
  const describeError = useDescribeError();

  const topUp = useTx<Awaited<ReturnType<typeof topUpBalance>>>();
  const exit = useTx<Awaited<ReturnType<typeof requestExit>>>();
  const withdraw = useTx<Awaited<ReturnType<typeof withdrawBalance>>>();
  const payout = useTx<Awaited<ReturnType<typeof releasePayout>>>();

  const schema = useMemo(
    () =>
      z.object({
        amount: amountSchema({ msg: (k, p) => t(`forms:${k}`, p), decimals: token?.decimals ?? 6, symbol: token?.symbol ?? '', formatMoney: (v) => money(v) }),
      }),
    [t, token, money]
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { amount: '' } });
  const typed = form.watch('amount');
  const typedValue = useAmountPreview(typed);

  if (member.isPending) return <p aria-busy="true">{t('common:loading')}</p>;
  if (member.isError) return <p className="error">{describeError(member.error)}</p>;
  const m = member.data;
  if (m.status === 'None') {
    return (
      <p className="notice" data-testid="account-status" data-status="None">
        {t('notMember')} <Link to="/join">{t('common:nav.join')}</Link>
      </p>
    );
  }
  const minimum = pool.data?.parameters.minimumBalance;
  const waitingLeft = m.status === 'Waiting' && m.coverageStart > now ? m.coverageStart - now : 0n;
  const exitSettled = m.status === 'ExitRequested' && pool.data ? pool.data.epoch.nextToSettle > BigInt(m.exitEpoch) : false;
  const canWithdraw = (m.status === 'Lapsed' || (m.status === 'ExitRequested' && exitSettled)) && m.balance > 0n;
  const active = m.status === 'Waiting' || m.status === 'Covered';
  const canTopUp = active || m.status === 'Lapsed';
  const afterTopUp = typedValue !== undefined ? m.balance + typedValue : undefined;

  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('memberId')}</dt>
          <dd>#{m.memberId}</dd>
        </div>
        <div>
          <dt>{t('statusLabel')}</dt>
          <dd data-testid="account-status" data-status={m.status}>
            {t(`status.${m.status}`)}
          </dd>
        </div>
        <div>
          <dt>{t('balance')}</dt>
          <dd data-testid="account-balance">{money(m.balance)}</dd>
        </div>
        <div>
          <dt>{t('maxCharge')}</dt>
          <dd data-testid="account-max-charge">{money(m.maxChargeBeforeExit)}</dd>
        </div>
        <div>
          <dt>{m.coverageStart > now ? t('coverStarts') : t('coverStarted')}</dt>
          <dd data-testid="account-cover">
            {m.coverageStart > 0n ? formatTime(m.coverageStart, i18n.language) : '—'}
            {waitingLeft > 0n ? (
              <>
                <br />
                <span data-testid="account-countdown">{t('countdown', { left: formatDuration(waitingLeft, i18n.language) })}</span>
              </>
            ) : null}
          </dd>
        </div>
        {m.status === 'ExitRequested' ? (
          <div>
            <dt>{t('exitEpoch')}</dt>
            <dd>{m.exitEpoch}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('maxChargeExplain')}</p>
      {minimum !== undefined && active && m.balance < minimum * 2n ? <p className="notice warn-box">{t('lowBalance', { min: money(minimum) })}</p> : null}

      {m.unclaimedPayout > 0n || payout.status !== 'idle' ? (
        <div className="card" data-testid="account-payout-kept">
          {m.unclaimedPayout > 0n ? <p>{t('payout.explain', { amount: money(m.unclaimedPayout) })}</p> : null}
          <ul className="plain small">
            <li>{t('payout.toYou', { address: shortHex(address!) })}</li>
            <li>{t('payout.whileRefused')}</li>
          </ul>
          <TxButton
            tx={payout}
            testId="account-release-payout"
            disabled={m.unclaimedPayout === 0n}
            // The payout is released to the member's own address whoever sends it: the pool pays no other address.
            onClick={() => void payout.run((c) => releasePayout(c, { pool: deployment.pool, payee: address! }))}
            success={payout.result ? <p>{t('payout.done', { amount: money(payout.result.amount), address: shortHex(payout.result.payee) })}</p> : null}
          >
            {t('payout.button')}
          </TxButton>
        </div>
      ) : null}

      {canTopUp || topUp.status !== 'idle' ? (
        <>
          <h2>{t('topUp.title')}</h2>
          <form
            className="stack"
            noValidate
            onSubmit={form.handleSubmit(
              (v) =>
                void topUp
                  .run((c) => topUpBalance(c, { pool: deployment.pool, amount: v.amount, hintHelpers: deployment.hintHelpers, apiUrl }))
                  .then((r) => {
                    if (r) form.reset();
                  })
            )}
          >
            <Field id="account-topup-amount" label={t('topUp.amount', { symbol: token?.symbol ?? '' })} error={form.formState.errors.amount?.message}>
              <AmountInput
                {...inputProps('account-topup-amount', undefined, form.formState.errors.amount?.message)}
                symbol={token?.symbol}
                data-testid="account-topup-amount"
                {...form.register('amount')}
              />
            </Field>
            <div className="consequences">
              <h3>{t('before')}</h3>
              <ul>
                <li>
                  {t('topUp.moves', { amount: typedValue !== undefined ? money(typedValue) : '…', after: afterTopUp !== undefined ? money(afterTopUp) : '…' })}
                </li>
                {m.status === 'Lapsed' ? (
                  <li>
                    {t('topUp.rejoin', {
                      min: minimum !== undefined ? money(minimum) : '…',
                      period: pool.data ? formatDuration(pool.data.parameters.waitingPeriod, i18n.language) : '…',
                    })}
                  </li>
                ) : null}
                <li>{t('topUp.approve')}</li>
              </ul>
            </div>
            <div>
              <button type="submit" data-testid="account-topup-submit" disabled={topUp.busy || !canTopUp}>
                {t('topUp.submit')}
              </button>
            </div>
            <TxStatus
              status={topUp.status}
              hash={topUp.hash}
              message={topUp.message}
              success={
                topUp.result ? (
                  <p>
                    {t('topUp.done', { balance: money(topUp.result.balance) })}
                    {topUp.result.rejoined ? ` ${t('topUp.rejoined', { start: formatTime(topUp.result.coverageStart, i18n.language) })}` : ''}
                  </p>
                ) : null
              }
            />
          </form>
        </>
      ) : null}

      {active || exit.status !== 'idle' ? (
        <>
          <h2>{t('exit.title')}</h2>
          <div className="consequences">
            <h3>{t('before')}</h3>
            <ul>
              <li>{t('exit.coverEnds')}</li>
              <li>{t('exit.pays', { max: money(m.maxChargeBeforeExit) })}</li>
              <li>{t('exit.withdrawLater')}</li>
              <li>{t('exit.rejoin')}</li>
            </ul>
          </div>
          <TxButton
            tx={exit}
            testId="account-exit"
            secondary
            disabled={!active}
            onClick={() => void exit.run((c) => requestExit(c, { pool: deployment.pool }))}
            success={exit.result ? <p>{t('exit.done', { epoch: exit.result.exitEpoch.toString() })}</p> : null}
          >
            {t('exit.submit')}
          </TxButton>
        </>
      ) : null}

      {m.status === 'ExitRequested' || m.status === 'Lapsed' || withdraw.status !== 'idle' ? (
        <>
          <h2>{t('withdraw.title')}</h2>
          {canWithdraw ? (
            <div className="consequences">
              <h3>{t('before')}</h3>
              <ul>
                <li>{t('withdraw.sends', { amount: money(m.balance) })}</li>
                <li>{m.status === 'Lapsed' ? t('withdraw.lapsed') : t('withdraw.ends')}</li>
              </ul>
            </div>
          ) : (
            <p className="muted">{m.balance === 0n ? t('withdraw.nothing') : t('withdraw.notYet', { epoch: m.exitEpoch })}</p>
          )}
          <TxButton
            tx={withdraw}
            testId="account-withdraw"
            disabled={!canWithdraw}
            onClick={() => void withdraw.run((c) => withdrawBalance(c, { pool: deployment.pool }))}
            success={withdraw.result ? <p>{t('withdraw.done', { amount: money(withdraw.result.amount) })}</p> : null}
          >
            {t('withdraw.submit')}
          </TxButton>
        </>
      ) : null}

      <Statement address={address!} />
    </>
  );
}

function Statement({ address }: { address: string }) {
  const { t, i18n } = useTranslation('account');
  const money = useMoney();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const path = `/api/members/${address}?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  const statement = useApi(path, statementSchema);
  const describeError = useDescribeError();
  const rows = statement.data?.statement ?? [];
  // A sign only for what moves the pool balance: deposits, top-ups and credits add; shares and withdrawals take.
  // Other rows of the address (stakes, bonds, payouts to the wallet) and nothing moved (an epoch without claims) have none.
  const sign = (row: StatementRow) =>
    BigInt(row.amount) === 0n ? '' : row.kind === 'epochShare' || row.kind === 'withdrawal' ? '−' : row.kind === 'deposit' || row.kind === 'topUp' || row.kind === 'credit' ? '+' : '';
  const detail = (row: StatementRow) => {
    const parts: string[] = [];
    if (row.epoch) parts.push(t('statement.epoch', { epoch: row.epoch }));
    if (row.claimIds?.length) parts.push(t('statement.claims', { ids: row.claimIds.map((id) => `#${id}`).join(', ') }));
    if (row.claimId) parts.push(t('statement.claim', { id: row.claimId }));
    if (row.members) parts.push(t('statement.members', { count: row.members }));
    if (row.epochTotal) parts.push(t('statement.epochTotal', { total: money(row.epochTotal) }));
    if (row.reason) parts.push(t('statement.reason', { reason: t(`statement.reasons.${row.reason}`, { defaultValue: row.reason }) }));
    if (row.source) parts.push(t('statement.source', { source: shortHex(row.source) }));
    return parts.join(' · ');
  };
  return (
    <>
      <h2 id="statement-h">{t('statement.title')}</h2>
      <p className="muted">{t('statement.explain')}</p>
      {statement.isError ? <p className="error">{describeError(statement.error)}</p> : null}
      <div className="table-wrap">
        <table aria-labelledby="statement-h">
          <thead>
            <tr>
              <th scope="col">{t('statement.when')}</th>
              <th scope="col">{t('statement.what')}</th>
              <th scope="col">{t('statement.detail')}</th>
              <th scope="col" className="num">
                {t('statement.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.transactionHash}-${row.kind}-${row.claimId ?? ''}-${row.epoch ?? ''}`} data-testid="statement-row" data-kind={row.kind}>
                <td>{formatTime(BigInt(row.timestamp), i18n.language)}</td>
                <td>{t(`statement.kinds.${row.kind}`, { defaultValue: row.kind })}</td>
                <td>{detail(row)}</td>
                <td className="num">
                  {sign(row)}
                  {money(row.amount)}
                </td>
              </tr>
            ))}
            {rows.length === 0 && !statement.isPending ? (
              <tr>
                <td colSpan={4} className="muted">
                  {t('statement.empty')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          data-testid="statement-previous"
          disabled={cursors.length === 0}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('statement.previous')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="statement-next"
          disabled={!statement.data?.nextCursor}
          onClick={() => statement.data?.nextCursor && setCursors((c) => [...c, statement.data!.nextCursor!])}
        >
          {t('statement.next')}
        </button>
      </div>
    </>
  );
}
