import { renderBlocks } from './blocks.js';
import { el, plainText, uniqueId } from './dom.js';
import { createFormState } from './form.js';
import { plainTextToHtml } from './mrkdwn.js';

/**
 * Shows the visible view of the current user's modal stack. A view is rendered again only when
 * its id or hash changes, and what the person entered is kept across re-renders, as Slack keeps
 * input state when a view is updated with the same block_id and action_id.
 *
 * `makeContext(surface, form)` returns the block context, `submitView(view, values)` and
 * `closeView(view)` call the server, and both resolve to the server's outcome.
 */
export function createModalPresenter({ root, makeContext, submitView, closeView }) {
  let current;
  const savedValues = new Map();

  const showFailure = (node, message) => {
    node.textContent = message;
    node.hidden = false;
  };

  async function submit(view, form, failure, button) {
    failure.hidden = true;
    const errors = form.validate();
    form.showErrors(errors);

    if (Object.keys(errors).length > 0) {
      return;
    }

    button.disabled = true;

    try {
      const outcome = await submitView(view, form.readAll());

      if (outcome.failure) {
        showFailure(failure, outcome.failure);
      } else if (outcome.responseAction === 'errors') {
        form.showErrors(outcome.errors ?? {});
      }
    } catch (error) {
      showFailure(failure, error.message);
    } finally {
      button.disabled = false;
    }
  }

  async function close(view, failure) {
    try {
      const outcome = await closeView(view);

      if (outcome?.failure) {
        showFailure(failure, outcome.failure);
      }
    } catch (error) {
      showFailure(failure, error.message);
    }
  }

  function render(view, depth) {
    const form = createFormState();
    const context = makeContext({ kind: 'view', viewId: view.id }, form);
    const titleId = uniqueId('modal-title');
    const failure = el('p', { className: 'modal-failure', role: 'alert', hidden: true });
    const submitButton = view.submit
      ? el('button', {
          type: 'submit',
          className: 'button button-primary',
          text: plainText(view.submit),
        })
      : el('button', { type: 'submit', hidden: true, text: 'Submit' });
    const closeLabel = plainText(view.close) || (depth > 1 ? 'Back' : 'Cancel');
    const closeButton = el('button', {
      type: 'button',
      className: 'button',
      text: closeLabel,
      onClick: () => close(view, failure),
    });
    const body = el(
      'form',
      {
        className: 'modal-form',
        novalidate: true,
        onSubmit: (event) => {
          event.preventDefault();
          submit(view, form, failure, submitButton);
        },
      },
      el('div', { className: 'modal-scroll' }, failure, renderBlocks(view.blocks, context)),
      el('footer', { className: 'modal-footer' }, closeButton, submitButton),
    );
    const header = el(
      'header',
      { className: 'modal-header' },
      el('h2', { id: titleId, escapedHtml: plainTextToHtml(view.title?.text ?? '') }),
      el('button', {
        type: 'button',
        className: 'modal-x',
        'aria-label': 'Close',
        text: '×',
        onClick: () => close(view, failure),
      }),
    );
    const dialog = el(
      'div',
      {
        className: 'modal',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': titleId,
        dataset: { viewId: view.id, callbackId: view.callback_id ?? '' },
        onKeydown: (event) => {
          if (event.key === 'Escape') close(view, failure);
        },
      },
      header,
      body,
    );
    root.replaceChildren(el('div', { className: 'modal-backdrop' }, dialog));

    return form;
  }

  return {
    /** Shows the top view of `views`, or no modal when the list is empty. */
    sync(views) {
      const top = views.at(-1);

      if (current !== undefined) {
        savedValues.set(current.view.id, current.form.readAll());
      }

      if (top === undefined) {
        current = undefined;
        savedValues.clear();
        root.replaceChildren();
        return;
      }

      const key = `${top.id}:${top.hash}`;

      if (current?.key === key) {
        return;
      }

      for (const viewId of savedValues.keys()) {
        if (!views.some((view) => view.id === viewId)) savedValues.delete(viewId);
      }

      const isNewView = current?.view.id !== top.id;
      const form = render(top, views.length);
      form.writeAll(savedValues.get(top.id));
      current = { key, view: top, form };

      if (isNewView) {
        root.querySelector('input, textarea, select, button[type="submit"]')?.focus();
      }
    },
  };
}
