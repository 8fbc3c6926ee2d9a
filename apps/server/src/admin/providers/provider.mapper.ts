import { providerPresetSchema, type AdminProvider, type ProviderPreset } from '@enox/contracts';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { ProviderRow } from '../../db/schema.js';
import { providerKeyContext } from '../../providers/provider-access.js';
import { maskKey } from './key-mask.js';

export function presetOf(row: ProviderRow): ProviderPreset | null {
  const parsed = providerPresetSchema.safeParse(row.preset);
  return parsed.success ? parsed.data : null;
}

/** Opens the stored key for the mask only; it never leaves this function. */
export function maskedKeyOf(row: ProviderRow, secretBox: SecretBox): string | null {
  if (!row.api_key_encrypted) return null;
  try {
    return maskKey(secretBox.open(row.api_key_encrypted, providerKeyContext(row.id)));
  } catch {
    // Sealed under another master secret: the stored last four still tell keys apart.
    return row.api_key_last4 ? `…${row.api_key_last4}` : '••••';
  }
}

export function toAdminProvider(
  row: ProviderRow,
  modelCount: number,
  secretBox: SecretBox,
): AdminProvider {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    preset: presetOf(row),
    baseUrl: row.is_simulated ? null : row.base_url,
    simulated: row.is_simulated,
    active: row.active,
    maskedKey: maskedKeyOf(row, secretBox),
    modelCount,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the audit log keeps of a provider: the key only as its mask. */
export function providerSnapshot(row: ProviderRow, secretBox: SecretBox): Record<string, unknown> {
  return {
    name: row.name,
    kind: row.kind,
    preset: row.preset,
    baseUrl: row.base_url,
    active: row.active,
    key: maskedKeyOf(row, secretBox),
  };
}
