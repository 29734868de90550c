/** One element's state in a view submission, as Slack sends it in `view.state.values`. */
interface ElementState {
  type?: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }>;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_conversation?: string | null;
  selected_channel?: string | null;
  selected_user?: string | null;
}

export type FormValue = string | string[] | null;

/**
 * Flattens `view.state.values` to block id -> value, reading each element type's own field.
 * Bridge puts one element in each input block.
 */
export function readStateValues(
  stateValues: Record<string, Record<string, ElementState>>,
): Record<string, FormValue> {
  const form: Record<string, FormValue> = {};

  for (const [blockId, elements] of Object.entries(stateValues)) {
    const element = Object.values(elements)[0];

    if (element) form[blockId] = readElement(element);
  }

  return form;
}

function readElement(element: ElementState): FormValue {
  if (element.selected_options) return element.selected_options.map((option) => option.value);
  if (element.selected_option !== undefined) return element.selected_option?.value ?? null;
  if (element.selected_date !== undefined) return element.selected_date;
  if (element.selected_time !== undefined) return element.selected_time;
  if (element.selected_conversation !== undefined) return element.selected_conversation;
  if (element.selected_channel !== undefined) return element.selected_channel;
  if (element.selected_user !== undefined) return element.selected_user;

  return element.value ?? null;
}

/** Reads a single text value; lists and missing values give null. */
export function textValue(form: Record<string, FormValue>, blockId: string): string | null {
  const value = form[blockId];

  return typeof value === 'string' ? value : null;
}
