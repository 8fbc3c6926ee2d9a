import { defaultServerConditions } from 'vite';
import { defineProject, type TestProjectInlineConfiguration } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources in tests (the
// `@enox/source` export condition), so no build is needed before `vitest`.
const conditions = ['@enox/source', ...defaultServerConditions];

type ProjectTest = NonNullable<TestProjectInlineConfiguration['test']>;

export function defineEnoxProject(name: string, test: Omit<ProjectTest, 'name'> = {}) {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      name,
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
      environment: 'node',
      ...test,
    },
  });
}
