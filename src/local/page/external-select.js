import { el, plainText, uniqueId } from './dom.js';

/** Slack requests external options once the person has typed this many characters. */
const defaultMinQueryLength = 3;
const typingPauseMs = 250;

function optionList(response) {
  const grouped = (response?.option_groups ?? []).flatMap((group) => group.options ?? []);

  return [...(response?.options ?? []), ...grouped];
}

/**
 * Creates an external_select: a combobox that requests options from the app (block_suggestion)
 * as the person types, and reads as the whole selected option object.
 */
export function createExternalSelect(element, options) {
  let selected = element.initial_option ?? null;
  let timer;
  const listId = uniqueId('suggestions');
  const list = el('ul', { id: listId, role: 'listbox', className: 'suggestions', hidden: true });
  const input = el('input', {
    id: options.id,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-controls': listId,
    'aria-expanded': 'false',
    placeholder: plainText(element.placeholder) || 'Type to search',
    className: 'text-input',
  });
  input.value = selected ? plainText(selected.text) : '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const choose = (option) => {
    selected = option;
    input.value = plainText(option.text);
    close();
    options.onChange?.(option);
  };

  const show = (found) => {
    const items = found.map((option) =>
      el('li', {
        role: 'option',
        tabindex: '-1',
        text: plainText(option.text),
        dataset: { value: option.value },
        onMousedown: (event) => {
          event.preventDefault();
          choose(option);
        },
      }),
    );
    const empty = el('li', { className: 'suggestions-empty', text: 'No matches' });
    list.replaceChildren(...(items.length > 0 ? items : [empty]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const search = async () => {
    const query = input.value;

    if (query.length < (element.min_query_length ?? defaultMinQueryLength)) {
      close();
      return;
    }

    const response = await options.suggest?.(query);
    show(optionList(response));
  };

  input.addEventListener('input', () => {
    selected = null;
    clearTimeout(timer);
    timer = setTimeout(search, typingPauseMs);
  });
  input.addEventListener('blur', close);

  return {
    node: el('div', { className: 'external-select' }, input, list),
    read: () => selected,
    write: (value) => {
      selected = value && typeof value === 'object' ? value : null;
      input.value = selected ? plainText(selected.text) : '';
    },
  };
}

/**
 * Creates a multi_external_select: the same search as createExternalSelect, with each chosen
 * option shown as a removable chip. It reads as the list of selected option objects.
 */
export function createMultiExternalSelect(element, options) {
  let selected = [...(element.initial_options ?? [])];
  const chips = el('div', { className: 'chips' });
  const single = createExternalSelect(
    { ...element, initial_option: undefined },
    {
      ...options,
      onChange: (option) => {
        if (option && !selected.some((chosen) => chosen.value === option.value)) {
          selected = [...selected, option];
          renderChips();
          options.onChange?.(selected);
        }

        single.write(null);
      },
    },
  );

  function renderChips() {
    chips.replaceChildren(
      ...selected.map((option) =>
        el(
          'span',
          { className: 'chip' },
          plainText(option.text),
          el('button', {
            type: 'button',
            className: 'chip-remove',
            text: '×',
            'aria-label': `Remove ${plainText(option.text)}`,
            onClick: () => {
              selected = selected.filter((chosen) => chosen.value !== option.value);
              renderChips();
              options.onChange?.(selected);
            },
          }),
        ),
      ),
    );
  }

  renderChips();

  return {
    node: el('div', { className: 'multi-external-select' }, chips, single.node),
    read: () => selected,
    write: (value) => {
      selected = Array.isArray(value)
        ? value.filter((option) => option && typeof option === 'object')
        : [];
      renderChips();
    },
  };
}
