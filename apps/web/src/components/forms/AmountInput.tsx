import { forwardRef, type InputHTMLAttributes } from 'react';

/**
 * A decimal amount in the token's units, typed as text (the SDK's `parseAmount` turns it into base units
 * exactly; no floating point). The symbol is shown after the box.
 */
export const AmountInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & { symbol?: string | undefined }>(function AmountInput(
  { symbol, ...props },
  ref
) {
  return (
    <span className="amount-input">
      <input ref={ref} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} {...props} />
      {symbol ? <span aria-hidden="true">{symbol}</span> : null}
    </span>
  );
});
