import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export function SubmitButton({ children, isPending }: { children: ReactNode; isPending?: boolean }) {
  return (
    <Button type="submit" className="button button--primary" isPending={isPending}>
      {children}
    </Button>
  );
}

/** A message for the whole form, read out when it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'alert alert--error' : 'visually-hidden'}>
      {message}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' }) {
  return (
    <div role="status" className={`alert alert--${tone}`}>
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

let firstHeading = true;

/**
 * The one h1 of a page. After client-side navigation it takes focus, so
 * keyboard and screen-reader users start at the new page's title; it also
 * sets the document title.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstHeading) {
      firstHeading = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

/** A link shown in a read-only field with a button that copies it. */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useRef(`copy-${Math.random().toString(36).slice(2)}`).current;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      inputRef.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }
  return (
    <div className="copy-link">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-link__row">
        <input
          id={id}
          ref={inputRef}
          className="field__input copy-link__input"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button className="button button--secondary" onPress={copy}>
          {t('common.copy')}
        </Button>
      </div>
      <p role="status" className="copy-link__status">
        {copied ? t('common.copied') : ''}
      </p>
    </div>
  );
}
