import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import {
  DOCUMENT_TYPES,
  SALT_WARNING,
  createIdentity,
  joinPoolWithPermit,
  normaliseIdentity,
  type CreateIdentityReturnType,
  type DocumentType,
} from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { useDescribeError } from '../../lib/errors';
import { formatDuration, formatTime } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { AmountInput } from '../../components/forms/AmountInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { RequireWallet } from '../../components/forms/RequireWallet';
import { TestTokens } from '../../components/forms/TestTokens';
import { amountSchema, downloadText, identityFileText } from '../../components/forms/schemas';
import { useAmountPreview, useMember, usePool } from '../../components/forms/hooks';

/** Join: the identity commitment made in the browser, the salt kept by the member, a deposit with one permit. */
export default function Join() {
  const { t, i18n } = useTranslation(['join', 'forms', 'account']);
  const { deployment, apiUrl } = useRuntimeConfig();
  const { data: token } = useToken();
  const money = useMoney();
  const pool = usePool();
  const describeError = useDescribeError();
  const [identity, setIdentity] = useState<CreateIdentityReturnType | null>(null);
  const idForm = useId();

  const member = useMember();

  // ─── step 1: who (entered here, never sent) ───
  const identitySchema = useMemo(
    () =>
      z.object({ docType: z.enum(DOCUMENT_TYPES), idNumber: z.string(), name: z.string() }).superRefine((value, ctx) => {
        if (value.idNumber.trim() === '') ctx.addIssue({ code: 'custom', path: ['idNumber'], message: t('idNumber.empty') });
        if (value.name.trim() === '') ctx.addIssue({ code: 'custom', path: ['name'], message: t('name.empty') });
        if (value.idNumber.trim() === '' || value.name.trim() === '') return;
        try {
          normaliseIdentity(value);
        } catch (error) {
          const message = describeError(error);
          const path = /name/i.test((error as Error).message) && !/number|passport/i.test((error as Error).message) ? 'name' : 'idNumber';
          ctx.addIssue({ code: 'custom', path: [path], message });
        }
      }),
    [t, describeError]
  );
  type IdentityForm = z.input<typeof identitySchema>;
  const idf = useForm<IdentityForm>({
    resolver: zodResolver(identitySchema),
    defaultValues: { docType: 'CN_RESIDENT_ID', idNumber: '', name: '' },
    mode: 'onSubmit',
  });
  const docType = idf.watch('docType') as DocumentType;

  // ─── step 2: deposit ───
  const minimum = pool.data?.parameters.minimumBalance;
  const depositSchema = useMemo(
    () =>
      z.object({
        amount: amountSchema({
          msg: (k, p) => t(`forms:${k}`, p),
          decimals: token?.decimals ?? 6,
          symbol: token?.symbol ?? '',
          min: minimum,
          formatMoney: (v) => money(v),
        }),
        saved: z.boolean().refine((v) => v, { message: t('saved.required') }),
      }),
    [t, token, minimum, money]
  );
  type DepositForm = z.input<typeof depositSchema>;
  const df = useForm<DepositForm, unknown, z.output<typeof depositSchema>>({
    resolver: zodResolver(depositSchema),
    defaultValues: { amount: '', saved: false },
  });
  const typedAmount = df.watch('amount');
  const previewAmount = useAmountPreview(typedAmount);

  const join = useTx<Awaited<ReturnType<typeof joinPoolWithPermit>>>();
  const waitingPeriod = pool.data?.parameters.waitingPeriod;
  const alreadyMember = member.data && member.data.status !== 'None';
  const canRejoin = member.data && member.data.status === 'Exited';

  const fileName = identity ? `lashou-identity-${identity.commitment.slice(2, 10)}.json` : '';

  return (
    <section className="form-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="notice">{t('privacy')}</p>

      {pool.data ? (
        <dl className="facts">
          <div>
            <dt>{t('facts.minimum')}</dt>
            <dd data-testid="join-minimum">{money(pool.data.parameters.minimumBalance)}</dd>
          </div>
          <div>
            <dt>{t('facts.waiting')}</dt>
            <dd data-testid="join-waiting">{formatDuration(pool.data.parameters.waitingPeriod, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('facts.epoch')}</dt>
            <dd>{formatDuration(pool.data.parameters.epochLength, i18n.language)}</dd>
          </div>
        </dl>
      ) : null}

      <h2 id={`${idForm}-h`}>{t('step1')}</h2>
      <form
        className="stack"
        noValidate
        aria-labelledby={`${idForm}-h`}
        onSubmit={idf.handleSubmit((value) => {
          try {
            setIdentity(createIdentity({ docType: value.docType, idNumber: value.idNumber, name: value.name }));
            df.setValue('saved', false);
          } catch (error) {
            idf.setError('idNumber', { message: describeError(error) });
          }
        })}
      >
        <Field id="join-doc-type" label={t('docType.label')}>
          <select {...inputProps('join-doc-type')} data-testid="join-doc-type" {...idf.register('docType', { onChange: () => setIdentity(null) })}>
            <option value="CN_RESIDENT_ID">{t('docType.CN_RESIDENT_ID')}</option>
            <option value="PASSPORT">{t('docType.PASSPORT')}</option>
          </select>
        </Field>
        <Field
          id="join-id-number"
          label={docType === 'PASSPORT' ? t('idNumber.passportLabel') : t('idNumber.label')}
          hint={docType === 'PASSPORT' ? t('idNumber.passportHint') : t('idNumber.hint')}
          error={idf.formState.errors.idNumber?.message}
        >
          <input
            {...inputProps('join-id-number', t('idNumber.hint'), idf.formState.errors.idNumber?.message)}
            data-testid="join-id-number"
            autoComplete="off"
            spellCheck={false}
            {...idf.register('idNumber', { onChange: () => setIdentity(null) })}
          />
        </Field>
        <Field id="join-name" label={t('name.label')} hint={t('name.hint')} error={idf.formState.errors.name?.message}>
          <input
            {...inputProps('join-name', t('name.hint'), idf.formState.errors.name?.message)}
            data-testid="join-name"
            autoComplete="off"
            {...idf.register('name', { onChange: () => setIdentity(null) })}
          />
        </Field>
        <div>
          <button type="submit" data-testid="join-make-identity">
            {t('makeIdentity')}
          </button>
        </div>
      </form>

      {identity ? (
        <div className="card identity-card" data-testid="join-identity">
          <h2>{t('identity.title')}</h2>
          <p>{t('identity.explain')}</p>
          <dl className="kv">
            <dt>{t('identity.commitment')}</dt>
            <dd>
              <code data-testid="join-commitment">{identity.commitment}</code>
            </dd>
            <dt>{t('identity.salt')}</dt>
            <dd>
              <code data-testid="join-salt">{identity.salt}</code>
            </dd>
          </dl>
          <div className="notice warn-box" role="note">
            <p>
              <strong>{t('identity.warningTitle')}</strong>
            </p>
            <p>{t('identity.warning')}</p>
            <details>
              <summary>{t('identity.fileWarning')}</summary>
              <pre className="pre-wrap" lang="en">
                {SALT_WARNING}
              </pre>
            </details>
          </div>
          <p>
            <button type="button" className="secondary" data-testid="join-download" onClick={() => downloadText(fileName, identityFileText(identity))}>
              {t('identity.download')}
            </button>{' '}
            <span className="muted">{fileName}</span>
          </p>
        </div>
      ) : null}

      <h2>{t('step2')}</h2>
      <RequireWallet why={t('walletWhy')}>
        {alreadyMember && !canRejoin ? (
          <p className="notice" data-testid="join-already">
            {t('already', { status: t(`account:status.${member.data!.status}`) })} <Link to="/account">{t('toAccount')}</Link>
          </p>
        ) : null}
        <TestTokens testId="join" />
        <form
          className="stack"
          noValidate
          onSubmit={df.handleSubmit((value) => {
            if (!identity) return;
            void join.run((client) =>
              joinPoolWithPermit(client, {
                pool: deployment.pool,
                identityCommitment: identity.commitment,
                deposit: value.amount,
                hintHelpers: deployment.hintHelpers,
                apiUrl,
              })
            );
          })}
        >
          <Field
            id="join-amount"
            label={t('amount.label', { symbol: token?.symbol ?? '' })}
            hint={minimum !== undefined ? t('amount.hint', { min: money(minimum) }) : undefined}
            error={df.formState.errors.amount?.message}
          >
            <AmountInput
              {...inputProps('join-amount', t('amount.hint'), df.formState.errors.amount?.message)}
              symbol={token?.symbol}
              data-testid="join-amount"
              {...df.register('amount')}
            />
          </Field>
          <div className="field checkbox">
            <input
              type="checkbox"
              id="join-saved"
              data-testid="join-saved-checkbox"
              aria-describedby={df.formState.errors.saved ? 'join-saved-error' : undefined}
              aria-invalid={df.formState.errors.saved ? true : undefined}
              disabled={!identity}
              {...df.register('saved')}
            />
            <label htmlFor="join-saved">{t('saved.label')}</label>
            {df.formState.errors.saved ? (
              <p className="error" id="join-saved-error" data-testid="field-error" role="alert">
                {df.formState.errors.saved.message}
              </p>
            ) : null}
          </div>
          <div className="consequences" data-testid="join-consequences">
            <h3>{t('before.title')}</h3>
            <ul>
              <li>{t('before.deposit', { amount: previewAmount !== undefined ? money(previewAmount) : '…' })}</li>
              <li>{t('before.waiting', { period: waitingPeriod !== undefined ? formatDuration(waitingPeriod, i18n.language) : '…' })}</li>
              <li>{t('before.shares')}</li>
              <li>{t('before.commitment')}</li>
              <li>{t('before.oneTx')}</li>
            </ul>
          </div>
          {!identity ? <p className="muted">{t('needIdentity')}</p> : null}
          <div>
            <button type="submit" data-testid="join-submit" disabled={!identity || join.busy || Boolean(alreadyMember && !canRejoin)}>
              {t('submit')}
            </button>
          </div>
          <TxStatus
            status={join.status}
            hash={join.hash}
            message={join.message}
            success={
              join.result ? (
                <p data-testid="join-success">
                  {t('success', { id: join.result.memberId, start: formatTime(join.result.coverageStart, i18n.language) })}{' '}
                  <Link to="/account">{t('toAccount')}</Link>
                </p>
              ) : null
            }
          />
        </form>
      </RequireWallet>
    </section>
  );
}
