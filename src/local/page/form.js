/**
 * The stateful elements of one modal view, keyed by block_id and action_id. It reads what the
 * person entered, restores it after a re-render, checks inputs before submission as Slack's
 * client does, and shows error messages under input blocks.
 */

function isEmpty(value) {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

// NOTE: Slack's client runs similar checks, but its wording is not documented, so these
// messages are our own.
function checkNumber(element, value) {
  const number = Number(value);

  if (!Number.isFinite(number)) {
    return 'Please enter a number.';
  }

  if (!element.is_decimal_allowed && !Number.isInteger(number)) {
    return 'Please enter a whole number.';
  }

  if (element.min_value !== undefined && number < Number(element.min_value)) {
    return `Please enter a number no less than ${element.min_value}.`;
  }

  if (element.max_value !== undefined && number > Number(element.max_value)) {
    return `Please enter a number no greater than ${element.max_value}.`;
  }

  return undefined;
}

function checkEntry(entry) {
  const value = entry.control.read();
  const element = entry.element;

  if (isEmpty(value)) {
    return entry.optional ? undefined : 'Please complete this required field.';
  }

  if (typeof value !== 'string') {
    return undefined;
  }

  if (element.min_length && value.length < element.min_length) {
    return `Please enter at least ${element.min_length} characters.`;
  }

  if (element.type === 'number_input') {
    return checkNumber(element, value);
  }

  if (element.type === 'email_text_input' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    return 'Please enter a valid email address.';
  }

  if (element.type === 'url_text_input' && !/^https?:\/\/\S+$/i.test(value)) {
    return 'Please enter a valid URL.';
  }

  return undefined;
}

export function createFormState() {
  const entries = [];

  return {
    register(entry) {
      entries.push(entry);
    },

    /** Returns everything entered, keyed by block_id and then action_id. */
    readAll() {
      const values = {};

      for (const entry of entries) {
        values[entry.blockId] = {
          ...values[entry.blockId],
          [entry.actionId]: entry.control.read(),
        };
      }

      return values;
    },

    /** Writes values back into elements whose block_id and action_id still match. */
    writeAll(values) {
      for (const entry of entries) {
        const value = values?.[entry.blockId]?.[entry.actionId];

        if (value !== undefined) {
          entry.control.write(value);
        }
      }
    },

    /** Returns an error message per block_id for inputs that fail the client-side checks. */
    validate() {
      const errors = {};

      for (const entry of entries.filter((candidate) => candidate.isInput)) {
        const message = checkEntry(entry);

        if (message !== undefined) {
          errors[entry.blockId] = message;
        }
      }

      return errors;
    },

    /** Shows each message under its input block and clears the others. */
    showErrors(errors) {
      for (const entry of entries.filter((candidate) => candidate.isInput)) {
        const message = errors[entry.blockId];
        entry.errorNode.textContent = message ?? '';
        entry.errorNode.hidden = message === undefined;
        entry.container.classList.toggle('has-error', message !== undefined);
        entry.control.node.setAttribute('aria-invalid', String(message !== undefined));
      }

      const first = entries.find((entry) => entry.isInput && errors[entry.blockId] !== undefined);
      first?.control.node.focus?.();
    },
  };
}
