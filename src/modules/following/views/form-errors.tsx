/** The list of what was wrong with a form, announced and focusable, above the form. */
export function FormErrors({ title, messages }: { title: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div class="form-errors" role="alert" tabindex={-1} id="fouten">
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {messages.map((message) => (
          <li>{message}</li>
        ))}
      </ul>
    </div>
  );
}
