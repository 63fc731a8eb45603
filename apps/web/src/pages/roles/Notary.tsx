import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { Hex } from 'viem';
import { useConnection } from 'wagmi';
import { signDiagnosis } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useTx } from '../../lib/tx';
import { formatTime } from '../../lib/format';
import { Field, inputProps } from '../../components/forms/Field';
import { FileHashInput } from '../../components/forms/FileHashInput';
import { TxStatus } from '../../components/forms/TxStatus';
import { FormPage } from '../../components/forms/FormPage';
import { addressSchema, attestationContent, dateSchema, downloadText, hashSchema, isHash, regionSchema, type Attestation } from '../../components/forms/schemas';
import { useChainNow } from '../../components/forms/hooks';

/**
 * The notary (公证处) signs that a diagnosis document is authentic for a claimant who lives in a region, and gives the
 * claimant the result. The region is part of the signed statement: witnesses are drawn from it, so the claimant
 * files with the region the notary attested and cannot choose another.
 */
export default function Notary() {
  const { t } = useTranslation('notary');
  return (
    <FormPage title={t('title')} intro={t('intro')} walletWhy={t('walletWhy')}>
      <NotaryForm />
    </FormPage>
  );
}

function NotaryForm() {
  const { t, i18n } = useTranslation(['notary', 'forms']);
  const { deployment, chainId } = useRuntimeConfig();
  const { address } = useConnection();
  const now = useChainNow();
  const sign = useTx<{ signature: Hex; notary: `0x${string}` }>();
  const [attestation, setAttestation] = useState<Attestation | null>(null);
  const [copied, setCopied] = useState(false);
  const msg = (k: string, p?: Record<string, unknown>) => t(`forms:${k}`, p);
  const schema = useMemo(
    () =>
      z.object({
        claimant: addressSchema(msg),
        documentHash: hashSchema(msg),
        diagnosed: dateSchema(msg, () => now),
        region: regionSchema(msg),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, now]
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { claimant: '', documentHash: '', diagnosed: '', region: '' },
  });
  const errors = form.formState.errors;
  const text = attestation ? `${JSON.stringify(attestation, null, 2)}\n` : '';

  return (
    <>
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit(async (v) => {
          setAttestation(null);
          setCopied(false);
          const r = await sign.run((client) =>
            signDiagnosis(client, { claims: deployment.claims, claimant: v.claimant, documentHash: v.documentHash, diagnosedAt: v.diagnosed, region: v.region })
          );
          if (r)
            setAttestation(
              attestationContent({
                chainId,
                claims: deployment.claims,
                notary: r.notary,
                claimant: v.claimant,
                documentHash: v.documentHash,
                diagnosedAt: v.diagnosed,
                region: v.region,
                signature: r.signature,
              })
            );
        })}
      >
        <Field id="notary-claimant" label={t('claimant.label')} hint={t('claimant.hint')} error={errors.claimant?.message}>
          <input
            {...inputProps('notary-claimant', t('claimant.hint'), errors.claimant?.message)}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            data-testid="notary-claimant"
            {...form.register('claimant')}
          />
        </Field>
        <Controller
          control={form.control}
          name="documentHash"
          render={({ field }) => (
            <FileHashInput
              label={t('document.label')}
              hint={t('document.hint')}
              value={isHash(field.value) ? (field.value as Hex) : undefined}
              onChange={(h) => field.onChange(h ?? '')}
              error={errors.documentHash?.message}
              testId="notary-document"
            />
          )}
        />
        <Field id="notary-diagnosed" label={t('diagnosed.label')} hint={t('diagnosed.hint')} error={errors.diagnosed?.message}>
          <input
            {...inputProps('notary-diagnosed', t('diagnosed.hint'), errors.diagnosed?.message)}
            type="date"
            data-testid="notary-diagnosed"
            {...form.register('diagnosed')}
          />
        </Field>
        <Field id="notary-region" label={t('region.label')} hint={t('region.hint')} error={errors.region?.message}>
          <input
            {...inputProps('notary-region', t('region.hint'), errors.region?.message)}
            inputMode="numeric"
            autoComplete="off"
            data-testid="notary-region"
            {...form.register('region')}
          />
        </Field>
        <div className="consequences">
          <h3>{t('before.title')}</h3>
          <ul>
            <li>{t('before.statement', { notary: address })}</li>
            <li>{t('before.region')}</li>
            <li>{t('before.bound')}</li>
            <li>{t('before.offline')}</li>
          </ul>
        </div>
        <div>
          <button type="submit" data-testid="notary-sign" disabled={sign.busy}>
            {t('submit')}
          </button>
        </div>
        <TxStatus status={sign.status} message={sign.message} success={<p>{t('signed')}</p>} />
      </form>
      {attestation ? (
        <div className="card" data-testid="notary-result">
          <h2>{t('result.title')}</h2>
          <p>{t('result.explain', { date: formatTime(BigInt(attestation.diagnosedAt), i18n.language, 'date'), region: attestation.region })}</p>
          <label htmlFor="notary-json">{t('result.json')}</label>
          <textarea id="notary-json" className="mono" readOnly rows={12} value={text} data-testid="notary-json" />
          <p>
            {t('result.signature')} <code data-testid="notary-signature">{attestation.signature}</code>
          </p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              data-testid="notary-copy"
              onClick={() =>
                void navigator.clipboard?.writeText(text).then(
                  () => setCopied(true),
                  () => setCopied(false)
                )
              }
            >
              {t('result.copy')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="notary-download"
              onClick={() => downloadText(`lashou-diagnosis-${attestation.claimant.slice(2, 8)}-${attestation.documentHash.slice(2, 10)}.json`, text)}
            >
              {t('result.download')}
            </button>
            <span role="status">{copied ? t('result.copied') : ''}</span>
          </div>
        </div>
      ) : null}
    </>
  );
}
