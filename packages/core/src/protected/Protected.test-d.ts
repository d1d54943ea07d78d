import { describe, expectTypeOf, it } from 'vitest';
import type { Protected } from './Protected';
import { protect } from './protect';
import { reveal } from './reveal';

describe('Protected types', () => {
  it('keeps the type of the protected value', () => {
    const p = protect({ street: 'x' }, 'address');
    expectTypeOf(p).toEqualTypeOf<Protected<{ street: string }>>();
    expectTypeOf(reveal(p)).toEqualTypeOf<{ street: string }>();
  });

  it('is not a string: a protected value cannot be passed where text is expected', () => {
    const takesText = (_: string) => undefined;
    // @ts-expect-error a Protected<string> is not a string
    takesText(protect('Alva', 'name'));
    expectTypeOf<Protected<string>>().not.toMatchTypeOf<string>();
  });

  it('does not mix protected types', () => {
    expectTypeOf<Protected<number>>().not.toEqualTypeOf<Protected<string>>();
  });
});
