import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@lashou/sdk';
import { useToken } from './token';
import { normaliseLanguage, type Language } from './i18n';

/** A wallet refused to sign (EIP-1193 4001 / viem's UserRejectedRequestError), anywhere in the cause chain. */
export function isUserRejection(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    const e = current as { code?: unknown; name?: unknown };
    if (e.code === 4001 || e.name === 'UserRejectedRequestError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** One line from any error: the SDK's `shortMessage`, viem's, or the first line of `message`. */
export function fallbackMessage(error: unknown): string {
  if (error === null || error === undefined) return '';
  if (typeof error === 'string') return error;
  const e = error as { shortMessage?: unknown; message?: unknown };
  if (typeof e.shortMessage === 'string' && e.shortMessage) return e.shortMessage;
  if (typeof e.message === 'string' && e.message) return e.message.split('\n')[0] ?? e.message;
  return String(error);
}

/** Explains `error` in `locale` with the SDK's `describeError`; should that itself fail, the error's short message. */
export function describe(error: unknown, locale: Language, token?: { decimals: number; symbol: string }): string {
  try {
    return describeError(error, { locale, ...(token ? { decimals: token.decimals, symbol: token.symbol } : {}) }) || fallbackMessage(error);
  } catch {
    return fallbackMessage(error);
  }
}

/**
 * `(error) => string`: the SDK's plain-language error in the page's language (zh-CN or English), amounts in the
 * pool token's units (a wallet's refusal to sign included).
 */
export function useDescribeError(): (error: unknown) => string {
  const { i18n } = useTranslation();
  const { data: token } = useToken();
  const language = normaliseLanguage(i18n.language);
  return useCallback((error: unknown) => describe(error, language, token), [language, token]);
}
