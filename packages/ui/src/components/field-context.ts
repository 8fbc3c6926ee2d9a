import { createContext, useContext } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export const FieldContext = createContext<FieldControlProps | null>(null);

/** The id and ARIA wiring a control inside a `Field` should carry. */
export function useFieldControl(): FieldControlProps | null {
  return useContext(FieldContext);
}

/** Ids of the hint and error that describe a control, error last so it is read last. */
export function describedBy(ids: {
  hintId?: string | undefined;
  errorId?: string | undefined;
}): string | undefined {
  const joined = [ids.hintId, ids.errorId].filter(Boolean).join(' ');
  return joined || undefined;
}
