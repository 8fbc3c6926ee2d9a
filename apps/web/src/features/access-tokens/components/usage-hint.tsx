import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@enox/ui';

/** Where to point a client: the same origin as this app. */
export function UsageHint() {
  const origin = window.location.origin;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Using a token</CardTitle>
        <CardDescription>
          Send it as <code className="font-mono">Authorization: Bearer enox_pat_…</code>.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2 text-sm text-fg-muted">
        <p>
          OpenAI-compatible clients: base URL <code className="font-mono text-fg">{origin}/v1</code>
          , the token as the API key, and a model from{' '}
          <code className="font-mono">GET /v1/models</code> (agents are{' '}
          <code className="font-mono">agent:username</code>).
        </p>
        <p>
          TypeScript: <code className="font-mono text-fg">@enox/client</code> with{' '}
          <code className="font-mono">
            createEnoxClient({'{'} url, token {'}'})
          </code>
          .
        </p>
      </CardContent>
    </Card>
  );
}
