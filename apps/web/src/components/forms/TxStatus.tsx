import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TxStatus as Status } from '../../lib/tx';

/**
 * Where a transaction is: sign in the wallet, waiting for the block, done (with what changed), or the SDK's
 * plain-language error in the user's language. `data-testid="tx-status"`, `data-status` = the status.
 */
export function TxStatus({ status, hash, message, success }: { status: Status; hash?: string | undefined; message?: string | undefined; success?: ReactNode }) {
  const { t } = useTranslation('forms');
  if (status === 'idle') return null;
  const isError = status === 'error';
  return (
    <div className={`tx-status tx-${status}`} data-testid="tx-status" data-status={status} role={isError ? 'alert' : 'status'}>
      {status === 'signing' ? <p>{t('tx.signing')}</p> : null}
      {status === 'pending' ? <p>{t('tx.pending')}</p> : null}
      {status === 'success' ? <div>{success ?? <p>{t('tx.success')}</p>}</div> : null}
      {isError ? (
        <p>
          <strong>{t('tx.failed')}</strong> {message}
        </p>
      ) : null}
      {hash ? (
        <p className="muted">
          {t('tx.hash')} <code>{hash}</code>
        </p>
      ) : null}
    </div>
  );
}
