import { el, plainText } from './dom.js';
import { createExternalSelect, createMultiExternalSelect } from './external-select.js';
import { textObjectToHtml } from './mrkdwn.js';

/**
 * Stateful Block Kit elements as form controls. Each control returns
 * `{ node, read(), write(value) }`, where values use the page's wire format: text, an option
 * value (or list of values), an option object for external_select, or a user or channel id.
 */

const inputTypes = { email_text_input: 'email', url_text_input: 'url', number_input: 'number' };

/** Returns the attributes that make a number input accept whole or decimal numbers. */
function numberAttributes(element) {
  if (element.type !== 'number_input') {
    return {};
  }

  const decimal = element.is_decimal_allowed === true;

  return {
    step: decimal ? 'any' : '1',
    inputmode: decimal ? 'decimal' : 'numeric',
    min: element.min_value,
    max: element.max_value,
  };
}

function textInput(element, options) {
  const multiline = element.multiline === true;
  const input = el(multiline ? 'textarea' : 'input', {
    id: options.id,
    type: multiline ? undefined : (inputTypes[element.type] ?? 'text'),
    rows: multiline ? 4 : undefined,
    placeholder: plainText(element.placeholder) || undefined,
    maxlength: element.max_length,
    minlength: element.min_length,
    ...numberAttributes(element),
    className: 'text-input',
    onChange: () => options.onChange?.(input.value),
  });
  input.value = element.initial_value ?? '';

  return {
    node: input,
    read: () => input.value,
    write: (value) => {
      input.value = typeof value === 'string' ? value : '';
    },
  };
}

function optionElements(element) {
  const toOption = (option) => el('option', { value: option.value, text: plainText(option.text) });
  const groups = (element.option_groups ?? []).map((group) =>
    el('optgroup', { label: plainText(group.label) }, (group.options ?? []).map(toOption)),
  );

  return [...(element.options ?? []).map(toOption), ...groups];
}

function selectControl(element, options, choices) {
  const multiple = element.type.startsWith('multi_');
  const placeholder = plainText(element.placeholder) || 'Select an item';
  const select = el(
    'select',
    {
      id: options.id,
      multiple,
      className: 'select-input',
      onChange: () => options.onChange?.(read()),
    },
    multiple ? [] : [el('option', { value: '', text: placeholder })],
    choices,
  );
  const read = () =>
    multiple ? [...select.selectedOptions].map((option) => option.value) : select.value || null;
  const write = (value) => {
    const selected = new Set(Array.isArray(value) ? value : [value]);

    for (const option of select.options) {
      option.selected = selected.has(option.value);
    }
  };

  return { node: select, read, write };
}

function staticSelect(element, options) {
  const control = selectControl(element, options, optionElements(element));
  const initial =
    element.initial_options ?? (element.initial_option ? [element.initial_option] : []);
  control.write(initial.map((option) => option.value));

  return control;
}

function directorySelect(element, options, entries, initial) {
  const choices = entries.map((entry) => el('option', { value: entry.value, text: entry.label }));
  const control = selectControl(element, options, choices);
  control.write(initial ?? []);

  return control;
}

function dateInput(element, options, type) {
  const initial = type === 'date' ? element.initial_date : element.initial_time;
  const input = el('input', {
    id: options.id,
    type,
    className: 'text-input date-input',
    onChange: () => options.onChange?.(input.value || null),
  });
  input.value = initial ?? '';

  return {
    node: input,
    read: () => input.value || null,
    write: (value) => {
      input.value = typeof value === 'string' ? value : '';
    },
  };
}

function choiceGroup(element, options, kind) {
  const name = options.id;
  const initial =
    element.initial_options ?? (element.initial_option ? [element.initial_option] : []);
  const initialValues = new Set(initial.map((option) => option.value));
  const inputs = (element.options ?? []).map((option) =>
    el('input', {
      type: kind,
      name,
      value: option.value,
      checked: initialValues.has(option.value),
      onChange: () => options.onChange?.(read()),
    }),
  );
  const rows = (element.options ?? []).map((option, index) =>
    el(
      'label',
      { className: 'choice' },
      inputs[index],
      el('span', { escapedHtml: textObjectToHtml(option.text, options.directory) }),
      option.description
        ? el('small', { escapedHtml: textObjectToHtml(option.description, options.directory) })
        : undefined,
    ),
  );
  const read = () => {
    const checked = inputs.filter((input) => input.checked).map((input) => input.value);
    return kind === 'radio' ? (checked[0] ?? null) : checked;
  };
  const write = (value) => {
    const selected = new Set(Array.isArray(value) ? value : [value]);
    for (const input of inputs) input.checked = selected.has(input.value);
  };
  const group = el(
    'div',
    {
      id: options.id,
      role: kind === 'radio' ? 'radiogroup' : 'group',
      'aria-label': options.labelText,
      className: 'choice-group',
    },
    rows,
  );

  return { node: group, read, write };
}

function workspaceEntries(element, workspace) {
  if (element.type.includes('users_select')) {
    return workspace.users.map((user) => ({ value: user.id, label: user.realName }));
  }

  return workspace.channels.map((channel) => ({ value: channel.id, label: `#${channel.name}` }));
}

function initialDirectoryValue(element) {
  const single =
    element.initial_user ?? element.initial_conversation ?? element.initial_channel ?? undefined;
  const multiple =
    element.initial_users ?? element.initial_conversations ?? element.initial_channels ?? [];

  return single === undefined ? multiple : [single];
}

/**
 * Creates the control for a stateful element, or undefined for a type the page cannot show.
 * `options`: `id` and `labelText` for labelling, `workspace` for user and channel lists,
 * `directory` for mentions, `suggest(query)` for external_select and `onChange(value)`.
 */
export function createControl(element, options) {
  switch (element.type) {
    case 'plain_text_input':
    case 'number_input':
    case 'email_text_input':
    case 'url_text_input':
      return textInput(element, options);
    case 'static_select':
    case 'multi_static_select':
      return staticSelect(element, options);
    case 'external_select':
      return createExternalSelect(element, options);
    case 'multi_external_select':
      return createMultiExternalSelect(element, options);
    case 'users_select':
    case 'multi_users_select':
    case 'conversations_select':
    case 'multi_conversations_select':
    case 'channels_select':
    case 'multi_channels_select':
      return directorySelect(
        element,
        options,
        workspaceEntries(element, options.workspace),
        initialDirectoryValue(element),
      );
    case 'datepicker':
      return dateInput(element, options, 'date');
    case 'timepicker':
      return dateInput(element, options, 'time');
    case 'radio_buttons':
      return choiceGroup(element, options, 'radio');
    case 'checkboxes':
      return choiceGroup(element, options, 'checkbox');
    default:
      return undefined;
  }
}
