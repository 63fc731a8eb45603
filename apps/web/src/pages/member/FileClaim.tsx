import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Hex } from 'viem';
import { useConnection } from 'wagmi';
import { fileClaim } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { formatTime } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { AmountInput } from '../../components/forms/AmountInput';
import { FileHashInput } from '../../components/forms/FileHashInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { FormPage } from '../../components/forms/FormPage';
import { amountSchema, attestationSignedByNotary, isHash, parseAttestation, type Attestation } from '../../components/forms/schemas';
import { useMember } from '../../components/forms/hooks';

/**
 * File a claim: the notary's attestation (with the region it signed: witnesses are drawn from it, so it is shown
 * here, not typed), the same diagnosis file hashed here, and the amount.
 */
export default function FileClaim() {
  const { t } = useTranslation('fileClaim');
  return (
    <FormPage title={t('title')} intro={t('intro')} notice={t('privacy')} walletWhy={t('walletWhy')}>
      <FileClaimForm />
    </FormPage>
  );
}

function FileClaimForm() {
  const { t, i18n } = useTranslation(['fileClaim', 'forms', 'account']);
  const { address } = useConnection();
  const { deployment, chainId } = useRuntimeConfig();
  const { data: token } = useToken();
  const money = useMoney();
  const tx = useTx<Awaited<ReturnType<typeof fileClaim>>>();
  const [attestationText, setAttestationText] = useState('');
  const [attestation, setAttestation] = useState<Attestation | null>(null);
  const [attestationError, setAttestationError] = useState<string | undefined>();
  const member = useMember();
  // The text last read: a signature check that ends after the text changed again is ignored.
  const reading = useRef('');

  const readAttestation = async (text: string) => {
    setAttestationText(text);
    reading.current = text;
    if (text.trim() === '') {
      setAttestation(null);
      setAttestationError(undefined);
      return;
    }
    try {
      const a = parseAttestation(text, (k, p) => t(`forms:${k}`, p));
      if (a.chainId !== chainId || a.claims !== deployment.claims) throw new Error(t('attestation.otherMutual'));
      if (address && a.claimant !== address) throw new Error(t('attestation.otherClaimant', { claimant: a.claimant }));
      // The region (like every field) must be the one the notary signed: an edited file is refused here, not on chain.
      const signed = await attestationSignedByNotary(a);
      if (reading.current !== text) return;
      if (!signed) throw new Error(t('attestation.notSigned'));
      setAttestation(a);
      setAttestationError(undefined);
    } catch (error) {
      if (reading.current !== text) return;
      setAttestation(null);
      setAttestationError((error as Error).message);
    }
  };

  const schema = useMemo(
    () =>
      z.object({
        documentHash: z.string().refine(isHash, { message: t('document.required') }),
        amount: amountSchema({ msg: (k, p) => t(`forms:${k}`, p), decimals: token?.decimals ?? 6, symbol: token?.symbol ?? '', formatMoney: (v) => money(v) }),
      }),
    [t, token, money]
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { documentHash: '', amount: '' },
  });
  const errors = form.formState.errors;
  const documentHash = form.watch('documentHash');
  const mismatch = attestation && isHash(documentHash) && documentHash.toLowerCase() !== attestation.documentHash.toLowerCase();

  return (
    <>
      {member.data ? (
        <p data-testid="file-claim-member" className={member.data.status === 'Covered' ? 'ok' : 'warn'}>
          {t('memberStatus', { status: t(`account:status.${member.data.status}`) })}
          {member.data.status === 'Waiting' ? ` ${t('waitingNote', { start: formatTime(member.data.coverageStart, i18n.language) })}` : ''}
        </p>
      ) : null}
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit((v) => {
          if (!attestation) {
            setAttestationError(attestationError ?? t('attestation.required'));
            return;
          }
          if (v.documentHash.toLowerCase() !== attestation.documentHash.toLowerCase()) return;
          void tx.run((client) =>
            fileClaim(client, {
              claims: deployment.claims,
              documentHash: v.documentHash as Hex,
              diagnosedAt: BigInt(attestation.diagnosedAt),
              amount: v.amount,
              region: attestation.region,
              notary: attestation.notary,
              signature: attestation.signature,
            })
          );
        })}
      >
        <fieldset>
          <legend>{t('attestation.legend')}</legend>
          <Field id="file-claim-attestation" label={t('attestation.paste')} hint={t('attestation.hint')} error={attestationError}>
            <textarea
              {...inputProps('file-claim-attestation', t('attestation.hint'), attestationError)}
              className="mono"
              rows={5}
              spellCheck={false}
              data-testid="file-claim-attestation"
              value={attestationText}
              onChange={(e) => void readAttestation(e.target.value)}
            />
          </Field>
          <div className="field">
            <label htmlFor="file-claim-attestation-file">{t('attestation.load')}</label>
            <input
              id="file-claim-attestation-file"
              type="file"
              accept="application/json,.json"
              data-testid="file-claim-attestation-file"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) void readAttestation(await file.text());
              }}
            />
          </div>
          {attestation ? (
            <dl className="kv" data-testid="file-claim-attestation-summary">
              <dt>{t('attestation.notary')}</dt>
              <dd>
                <code>{attestation.notary}</code>
              </dd>
              <dt>{t('attestation.diagnosed')}</dt>
              <dd>{formatTime(BigInt(attestation.diagnosedAt), i18n.language, 'date')}</dd>
              <dt>{t('attestation.region')}</dt>
              <dd data-testid="file-claim-region">{attestation.region}</dd>
              <dt>{t('attestation.document')}</dt>
              <dd>
                <code>{attestation.documentHash}</code>
              </dd>
            </dl>
          ) : null}
        </fieldset>
        <Controller
          control={form.control}
          name="documentHash"
          render={({ field }) => (
            <FileHashInput
              label={t('document.label')}
              hint={t('document.hint')}
              value={isHash(field.value) ? (field.value as Hex) : undefined}
              onChange={(h) => field.onChange(h ?? '')}
              error={errors.documentHash?.message ?? (mismatch ? t('document.mismatch') : undefined)}
              testId="file-claim-document"
            />
          )}
        />
        <Field id="file-claim-amount" label={t('amount.label', { symbol: token?.symbol ?? '' })} hint={t('amount.hint')} error={errors.amount?.message}>
          <AmountInput
            {...inputProps('file-claim-amount', t('amount.hint'), errors.amount?.message)}
            symbol={token?.symbol}
            data-testid="file-claim-amount"
            {...form.register('amount')}
          />
        </Field>
        {attestation ? <p className="muted">{t('region.fromNotary', { region: attestation.region })}</p> : null}
        <p className="muted">{t('identityNote')}</p>
        <div className="consequences">
          <h3>{t('before.title')}</h3>
          <ul>
            <li>{t('before.public')}</li>
            <li>{t('before.review')}</li>
            <li>{t('before.witnesses')}</li>
            <li>{t('before.announce')}</li>
            <li>{t('before.paid')}</li>
          </ul>
        </div>
        <div>
          <button type="submit" data-testid="file-claim-submit" disabled={tx.busy}>
            {t('submit')}
          </button>
        </div>
        <TxStatus
          status={tx.status}
          hash={tx.hash}
          message={tx.message}
          success={
            tx.result ? (
              <p data-testid="file-claim-success">
                {t('success', { id: tx.result.claimId.toString(), deadline: formatTime(tx.result.reviewDeadline, i18n.language) })}{' '}
                <Link to={`/claims/${tx.result.claimId}`} data-testid="file-claim-link">
                  {t('follow', { id: tx.result.claimId.toString() })}
                </Link>
              </p>
            ) : null
          }
        />
      </form>
    </>
  );
}
