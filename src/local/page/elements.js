import { createControl } from './controls.js';
import { el, plainText, uniqueId } from './dom.js';

/** Renders the elements of actions blocks, section accessories and context blocks. */

export function isSafeImageUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

export function renderImage(element, className) {
  if (!isSafeImageUrl(element.image_url)) {
    return el('span', {
      className: `${className} image-missing`,
      text: element.alt_text ?? 'image',
    });
  }

  return el('img', {
    className,
    src: element.image_url,
    alt: element.alt_text ?? '',
    loading: 'lazy',
    referrerpolicy: 'no-referrer',
  });
}

function confirmed(confirm) {
  if (!confirm) {
    return true;
  }

  return window.confirm(
    [plainText(confirm.title), plainText(confirm.text)].filter(Boolean).join('\n\n'),
  );
}

function openUrl(url) {
  if (isSafeImageUrl(url)) {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
}

function renderButton(element, blockId, context) {
  const style =
    element.style === 'primary' || element.style === 'danger' ? element.style : 'default';

  return el('button', {
    type: 'button',
    className: `button button-${style}`,
    text: plainText(element.text),
    'aria-label': element.accessibility_label,
    dataset: { blockId, actionId: element.action_id ?? '', value: element.value ?? '' },
    onClick: async () => {
      if (!confirmed(element.confirm)) {
        return;
      }

      openUrl(element.url);
      await context.act(blockId, element.action_id, undefined);
    },
  });
}

function renderOverflow(element, blockId, context) {
  const menuId = uniqueId('overflow');
  const toggle = el('button', {
    type: 'button',
    className: 'button overflow-toggle',
    text: '⋯',
    'aria-label': 'More actions',
    'aria-haspopup': 'menu',
    'aria-controls': menuId,
    'aria-expanded': 'false',
    dataset: { blockId, actionId: element.action_id ?? '' },
  });
  const menu = el('div', { id: menuId, role: 'menu', className: 'overflow-menu', hidden: true });
  const setOpen = (open) => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  const items = (element.options ?? []).map((option) =>
    el('button', {
      type: 'button',
      role: 'menuitem',
      text: plainText(option.text),
      dataset: { value: option.value },
      onClick: async () => {
        setOpen(false);

        if (confirmed(element.confirm)) {
          openUrl(option.url);
          await context.act(blockId, element.action_id, option.value);
        }
      },
    }),
  );
  menu.append(...items);
  toggle.addEventListener('click', () => setOpen(menu.hidden));

  return el('div', { className: 'overflow' }, toggle, menu);
}

/** Renders a stateful element, registering it with the modal's form when there is one. */
function renderControlElement(element, blockId, context) {
  const actionId = element.action_id ?? '';
  const labelText = plainText(element.placeholder) || element.type.replaceAll('_', ' ');
  const control = createControl(element, {
    id: uniqueId('element'),
    labelText,
    workspace: context.workspace,
    directory: context.directory,
    suggest: (query) => context.suggest(blockId, actionId, query),
    onChange: (value) => context.act(blockId, actionId, value),
  });

  if (control === undefined) {
    return el('span', { className: 'unsupported', text: `Unsupported element: ${element.type}` });
  }

  control.node.setAttribute('aria-label', labelText);
  Object.assign(control.node.dataset, { blockId, actionId });
  context.form?.register({ blockId, actionId, element, control, isInput: false });

  return control.node;
}

/** Renders an element of an actions block, a section accessory or a context block. */
export function renderInteractiveElement(element, blockId, context) {
  switch (element?.type) {
    case 'button':
      return renderButton(element, blockId, context);
    case 'overflow':
      return renderOverflow(element, blockId, context);
    case 'image':
      return renderImage(element, 'accessory-image');
    default:
      return renderControlElement(element ?? { type: 'unknown' }, blockId, context);
  }
}
