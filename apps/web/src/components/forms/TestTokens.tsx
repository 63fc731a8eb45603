import { useTranslation } from 'react-i18next';
import { parseAmount, requestTestTokens } from '@lashou/sdk';
import { useRuntimeConfig } from '../../lib/config';
import { useToken, useMoney } from '../../lib/token';
import { useTx } from '../../lib/tx';
import { TxButton } from './TxButton';
import { useTokenBalance } from './hooks';

/** The connected wallet's token balance, and on a test token (local chain, test networks) a faucet button. */
export function TestTokens({ testId, amount = '1000' }: { testId: string; amount?: string }) {
  const { t } = useTranslation('forms');
  const { deployment } = useRuntimeConfig();
  const { data: token } = useToken();
  const money = useMoney();
  const faucet = useTx();
  const balance = useTokenBalance();
  const units = token ? parseAmount(amount, { decimals: token.decimals }) : undefined;
  return (
    <div className="card">
      <p>
        {deployment.testToken ? `${t('faucet.explain')} ` : ''}
        {t('faucet.balance')} <strong data-testid={`${testId}-token-balance`}>{balance.data !== undefined ? money(balance.data.balance) : '…'}</strong>
      </p>
      {deployment.testToken ? (
        <TxButton
          tx={faucet}
          testId={`${testId}-faucet`}
          secondary
          disabled={units === undefined}
          onClick={() => void faucet.run((client) => requestTestTokens(client, { token: deployment.token, amount: units! }))}
          success={<p>{t('faucet.done')}</p>}
        >
          {t('faucet.button', { amount: units !== undefined ? money(units) : '' })}
        </TxButton>
      ) : null}
    </div>
  );
}
