import type { ReactNode } from 'react';

/** ids of a field's hint and error, for `aria-describedby`. */
export function describedBy(id: string, hint?: ReactNode, error?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The accessibility attributes an input of a {@link Field} needs. */
export function inputProps(id: string, hint?: ReactNode, error?: ReactNode) {
  return { id, 'aria-describedby': describedBy(id, hint, error), 'aria-invalid': error ? true : undefined } as const;
}

/**
 * A labelled field: the label, the control (given `id` by the caller, with {@link inputProps}), a hint, and the
 * error said next to it (what is wrong and what to do).
 */
export function Field({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={`${id}-error`} data-testid="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
