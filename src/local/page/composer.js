/**
 * Wires the message composer: Enter sends a slash command through `onCommand(text)`, other
 * text is rejected through `onError(message)`, and ArrowUp in an empty box recalls the last
 * command.
 */
export function setupComposer({ form, input, onCommand, onError }) {
  const history = [];

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();

    if (text === '') {
      return;
    }

    if (!text.startsWith('/')) {
      onError('Only slash commands reach the app in the local workspace. Try /bridge help.');
      return;
    }

    history.push(text);
    input.value = '';
    await onCommand(text);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' && input.value === '' && history.length > 0) {
      input.value = history.at(-1);
      event.preventDefault();
    }
  });
}
