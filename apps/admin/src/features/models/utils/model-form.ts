import type {
  AdminModel,
  CreateModelInput,
  ModelCapabilities,
  ModelType,
  UpdateModelInput,
} from '@enox/contracts';

export interface ModelFormValues extends Record<string, unknown> {
  providerId: string;
  modelId: string;
  name: string;
  type: ModelType;
  /** Text from the input; empty means "use the default". */
  monthlyLimit: string;
  maxTokens: string;
  capabilities: ModelCapabilities;
  active: boolean;
}

export const TYPE_LABELS: Record<ModelType, string> = {
  text: 'Text',
  image: 'Image',
  video: 'Video',
  tts: 'Speech (TTS)',
};

export function modelFormValues(model?: AdminModel, providerId = ''): ModelFormValues {
  return {
    providerId: model?.provider.id ?? providerId,
    modelId: model?.modelId ?? '',
    name: model?.name ?? '',
    type: model?.type ?? 'text',
    monthlyLimit: model?.monthlyLimit?.toString() ?? '',
    maxTokens: model?.maxTokens?.toString() ?? '',
    capabilities: model?.capabilities ?? { thinking: false, tools: false, vision: false },
    active: model?.active ?? true,
  };
}

/** Empty is "not set"; anything else is handed to the schema, which words the error. */
export function optionalNumber(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

export function toCreateModelInput(values: ModelFormValues): CreateModelInput {
  return {
    providerId: values.providerId,
    modelId: values.modelId,
    name: values.name,
    type: values.type,
    monthlyLimit: optionalNumber(values.monthlyLimit),
    maxTokens: optionalNumber(values.maxTokens),
    // Capabilities describe text models; media models take none.
    capabilities:
      values.type === 'text'
        ? values.capabilities
        : { thinking: false, tools: false, vision: false },
    active: values.active,
  };
}

export function toUpdateModelInput(model: AdminModel, values: ModelFormValues): UpdateModelInput {
  return { id: model.id, ...toCreateModelInput(values) };
}
