/** A failed action's message under its control, announced at once (role="alert"); nothing when there is none. */
export function ErrorNote({ text }: { text: string | null }) {
  return text ? (
    <p class="toggle-error" role="alert">
      {text}
    </p>
  ) : null;
}
