import { useEffect, useState } from 'react';

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  code: string;
  /** Accessible name of the block, e.g. "Embed snippet". */
  label: string;
  /** Language, for a class hook only (no highlighter is shipped). */
  language?: string;
}

/** A block of code with a Copy button that says when it copied. */
export function CodeBlock({ code, label, language }: CodeBlockProps) {
  const [copied, setCopied] = useState<'yes' | 'no' | undefined>(undefined);
  useEffect(() => {
    if (copied === undefined) return;
    const timer = setTimeout(() => setCopied(undefined), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: "Copied" is about the code shown; new code clears it
  useEffect(() => setCopied(undefined), [code]);
  const copy = (): void => {
    navigator.clipboard.writeText(code).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };
  return (
    <figure className="site-code" aria-label={label}>
      <pre tabIndex={0}>
        <code className={language ? `language-${language}` : undefined}>{code}</code>
      </pre>
      <button type="button" className="site-button" onClick={copy}>
        {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Select and copy' : 'Copy'}
        <span className="site-hidden"> {label}</span>
      </button>
    </figure>
  );
}
