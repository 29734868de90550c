import { createControl } from './controls.js';
import { el, plainText, uniqueId } from './dom.js';
import { plainTextToHtml } from './mrkdwn.js';

/**
 * Renders an input block: its label (a <label for> the control), the element, the hint and a
 * place for the error message that a view_submission acknowledgement can return.
 */
export function renderInputBlock(block, context, dataset) {
  const element = block.element ?? { type: 'unknown' };
  const blockId = block.block_id ?? '';
  const actionId = element.action_id ?? '';
  const id = uniqueId('input');
  const labelText = plainText(block.label);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const control = createControl(element, {
    id,
    labelText,
    workspace: context.workspace,
    directory: context.directory,
    suggest: (query) => context.suggest(blockId, actionId, query),
    onChange: block.dispatch_action ? (value) => context.act(blockId, actionId, value) : undefined,
  });
  const optional = block.optional
    ? el('span', { className: 'optional', text: ' (optional)' })
    : undefined;
  const isGroup = control?.node.hasAttribute('role') && control.node.tagName === 'DIV';
  const label = isGroup
    ? el('span', { className: 'input-label', id: `${id}-label` }, labelText, optional)
    : el('label', { className: 'input-label', for: id }, labelText, optional);
  const hint = block.hint
    ? el('p', {
        id: hintId,
        className: 'input-hint',
        escapedHtml: plainTextToHtml(block.hint.text),
      })
    : undefined;
  const error = el('p', {
    id: errorId,
    className: 'input-error',
    hidden: true,
    dataset: { errorFor: blockId },
  });

  if (control === undefined) {
    const message = `Unsupported input element: ${element.type}`;
    return el(
      'div',
      { className: 'block block-input', dataset },
      label,
      el('p', { className: 'unsupported', text: message }),
    );
  }

  Object.assign(control.node.dataset, { blockId, actionId });
  control.node.setAttribute(
    'aria-describedby',
    [hint ? hintId : '', errorId].filter(Boolean).join(' '),
  );

  if (isGroup) {
    control.node.setAttribute('aria-labelledby', `${id}-label`);
  }

  if (!block.optional) {
    control.node.setAttribute('aria-required', 'true');
  }

  const container = el(
    'div',
    { className: 'block block-input', dataset },
    label,
    control.node,
    hint,
    error,
  );
  context.form?.register({
    blockId,
    actionId,
    element,
    control,
    isInput: true,
    optional: block.optional === true,
    container,
    errorNode: error,
  });

  return container;
}
