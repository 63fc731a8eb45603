import type { ReactNode } from 'react';
import type { TxStatus as Status } from '../../lib/tx';
import { TxStatus } from './TxStatus';

/**
 * A button that sends one transaction (`onClick` runs it with `tx.run`), disabled while it is under way, with the
 * transaction's status below it. `hash` overrides the hash shown (e.g. one taken from the result).
 */
export function TxButton({
  tx,
  testId,
  onClick,
  disabled = false,
  secondary = false,
  success,
  hash,
  children,
}: {
  tx: { status: Status; hash?: string | undefined; message?: string | undefined; busy: boolean };
  testId: string;
  onClick: () => void;
  disabled?: boolean;
  secondary?: boolean;
  success?: ReactNode;
  hash?: string | undefined;
  children: ReactNode;
}) {
  return (
    <>
      <div>
        <button type="button" className={secondary ? 'secondary' : undefined} data-testid={testId} disabled={disabled || tx.busy} onClick={onClick}>
          {children}
        </button>
      </div>
      <TxStatus status={tx.status} hash={hash ?? tx.hash} message={tx.message} success={success} />
    </>
  );
}
