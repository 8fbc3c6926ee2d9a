import type { SetSettingsInput, SignupPolicyInput } from '@enox/contracts';

export interface SignupFormValues extends Record<string, unknown> {
  mode: SignupPolicyInput['mode'];
  /** One domain per line, or separated by commas or spaces. */
  domains: string;
}

export function signupFormValues(policy: SignupPolicyInput): SignupFormValues {
  return { mode: policy.mode, domains: policy.mode === 'domains' ? policy.domains.join('\n') : '' };
}

export function splitDomains(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** Errors on the domain list land on the `domains` field, whichever entry is wrong. */
export function toSettingsInput(values: SignupFormValues): SetSettingsInput {
  return {
    signup:
      values.mode === 'domains'
        ? { mode: 'domains', domains: splitDomains(values.domains) }
        : { mode: values.mode },
  };
}
