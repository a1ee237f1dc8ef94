/**
 * Freezes every object reachable from `value` that is not frozen yet. Subtrees shared with an
 * earlier plan are frozen already and are skipped, so the cost follows the size of the change.
 */
export function freezeNew(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  // Only objects not frozen yet go on the stack. An object is frozen before its children are
  // looked at, so a cycle ends there.
  const stack: object[] = [value];
  while (stack.length > 0) {
    const item = stack.pop() as Record<string, unknown>;
    Object.freeze(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const child: unknown = item[i];
        if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
      }
    } else {
      // Plans hold plain objects only, so for...in meets their own keys (and is the fastest walk).
      for (const key in item) {
        const child = item[key];
        if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
      }
    }
  }
}
