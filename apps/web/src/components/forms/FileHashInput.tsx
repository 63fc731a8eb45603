import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashBlob } from '@lashou/sdk';
import type { Hex } from 'viem';
import { useDescribeError } from '../../lib/errors';
import { Field, inputProps } from './Field';
import { isHash } from './schemas';

/**
 * A document chosen on this device and hashed here (keccak256, streamed by the SDK's `hashBlob`): the file is
 * never uploaded, only its hash is used. A hash computed elsewhere can be pasted instead.
 */
export function FileHashInput({
  label,
  hint,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  hint?: string;
  value: Hex | undefined;
  onChange: (hash: Hex | undefined) => void;
  error?: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation('forms');
  const describeError = useDescribeError();
  const id = useId();
  const pasteId = `${id}-paste`;
  const [progress, setProgress] = useState<number | null>(null);
  const [fileName, setFileName] = useState<string>('');
  const [pasted, setPasted] = useState('');
  const [hashError, setHashError] = useState<string | undefined>();
  const shownError = error ?? hashError;
  return (
    <fieldset className="file-hash">
      <legend>{label}</legend>
      <Field id={id} label={t('file.choose')} hint={hint ?? t('file.private')} error={shownError}>
        <input
          {...inputProps(id, hint ?? t('file.private'), shownError)}
          type="file"
          data-testid={`${testId}-file`}
          onChange={async (event) => {
            const file = event.target.files?.[0];
            setHashError(undefined);
            if (!file) return;
            setFileName(file.name);
            setProgress(0);
            try {
              const { hash } = await hashBlob(file, { onProgress: (read, total) => setProgress(total ? read / total : 1) });
              onChange(hash);
              setPasted('');
            } catch (e) {
              setHashError(describeError(e));
              onChange(undefined);
            } finally {
              setProgress(null);
            }
          }}
        />
      </Field>
      {progress !== null ? <progress value={progress} max={1} aria-label={t('file.hashing', { name: fileName })} /> : null}
      <div className="field">
        <label htmlFor={pasteId}>{t('file.orPaste')}</label>
        <input
          id={pasteId}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="0x…"
          className="mono"
          data-testid={`${testId}-hash`}
          value={pasted}
          onChange={(e) => {
            const text = e.target.value.trim();
            setPasted(text);
            if (isHash(text)) onChange(text as Hex);
            else if (text === '') onChange(undefined);
          }}
        />
      </div>
      <p className="hash-out" aria-live="polite" data-testid={`${testId}-value`}>
        {value ? (
          <>
            {t('file.hash')} <code>{value}</code>
          </>
        ) : (
          <span className="muted">{t('file.none')}</span>
        )}
      </p>
    </fieldset>
  );
}
