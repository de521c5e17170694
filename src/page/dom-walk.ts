/**
 * The next node in document order below `root`, entering `node`'s children only when `descend`.
 * An iterative step (no recursion), so deeply nested pages cannot overflow the stack. Shared by the
 * every-page precheck and the text reader; it imports nothing.
 */
export function nextInOrder(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root && !current.nextSibling) current = current.parentNode;
  if (!current || current === root) return null;
  return current.nextSibling;
}
