import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnect, useConnection, useConnectors, useDisconnect } from 'wagmi';
import { shortHex } from '../lib/format';

/**
 * Connect / disconnect. Lists any injected EIP-1193 wallet, and on the local chain the dev accounts (operator,
 * notary, witnesses, members), so the demo works without a browser wallet.
 */
export function WalletButton() {
  const { t } = useTranslation();
  const { address, connector, status } = useConnection();
  // The generic injected connector is offered only when the page has a wallet (window.ethereum); wallets that
  // announce themselves (EIP-6963) are listed by name.
  const connectors = useConnectors().filter((c) => c.id !== 'injected' || (typeof window !== 'undefined' && 'ethereum' in window));
  const { connect, error, isPending } = useConnect();
  const { disconnect } = useDisconnect();
  const [choice, setChoice] = useState('');
  const selectId = useId();

  if (status === 'connected' && address) {
    return (
      <div className="wallet" data-testid="wallet-connected">
        <span title={address}>
          {connector?.type === 'lashouDev' ? `${connector.name} · ` : ''}
          <code>{shortHex(address)}</code>
        </span>
        <button type="button" onClick={() => disconnect()}>
          {t('wallet.disconnect')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="wallet"
      onSubmit={(event) => {
        event.preventDefault();
        const target = connectors.find((c) => c.uid === choice) ?? connectors[0];
        if (target) connect({ connector: target });
      }}
    >
      <label htmlFor={selectId} className="visually-hidden">
        {t('wallet.choose')}
      </label>
      <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="wallet-select">
        {connectors.map((c) => (
          <option key={c.uid} value={c.uid}>
            {c.type === 'lashouDev' ? t('wallet.devAccount', { label: c.name }) : c.type === 'injected' ? t('wallet.browserWallet', { name: c.name }) : c.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={isPending} data-testid="wallet-connect">
        {isPending ? t('wallet.connecting') : t('wallet.connect')}
      </button>
      {error ? (
        <span role="alert" className="error">
          {error.message.split('\n')[0]}
        </span>
      ) : null}
    </form>
  );
}
