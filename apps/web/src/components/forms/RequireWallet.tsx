import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from 'wagmi';

/** Shows its children only with a connected wallet; otherwise says how to connect. */
export function RequireWallet({ children, why }: { children: ReactNode; why?: ReactNode }) {
  const { t } = useTranslation();
  const { status, address } = useConnection();
  if (status !== 'connected' || !address) {
    return (
      <p className="notice" data-testid="wallet-required">
        {why ? <>{why} </> : null}
        {t('wallet.required')}
      </p>
    );
  }
  return <>{children}</>;
}
