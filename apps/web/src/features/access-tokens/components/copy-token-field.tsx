import { Button, Input, toast } from '@enox/ui';
import { Check, Copy } from 'lucide-react';
import { useEffect, useState } from 'react';

/** The secret in a read-only field that selects itself, with a copy button. */
export function CopyTokenField({ token }: { token: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    navigator.clipboard.writeText(token).then(
      () => setCopied(true),
      () => toast.error('Could not copy', 'Select the token and copy it by hand.'),
    );
  };

  return (
    <div className="flex gap-2">
      <Input
        readOnly
        value={token}
        aria-label="Access token"
        data-testid="new-token"
        className="font-mono text-xs"
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button variant="secondary" icon={copied ? <Check /> : <Copy />} onClick={copy}>
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </div>
  );
}
