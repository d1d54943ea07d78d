import { describe, expectTypeOf, it } from 'vitest';
import type { RoomNorm } from './RoomNorm';
import { type RoomNormId, roomNorms } from './roomNorms';
import type { RoomsNeededOptions } from './roomsNeeded';

describe('roomNorms', () => {
  it('keys are the built-in norm ids, and each entry is a RoomNorm', () => {
    expectTypeOf<RoomNormId>().toEqualTypeOf<'stadig-default' | 'trangboddhetsnorm-2'>();
    expectTypeOf(roomNorms['stadig-default']).toExtend<RoomNorm>();
  });

  it('roomsNeeded takes a known id or a norm object, not any string', () => {
    expectTypeOf<'trangboddhetsnorm-2'>().toExtend<RoomsNeededOptions['norm']>();
    expectTypeOf<string>().not.toExtend<RoomsNeededOptions['norm']>();
  });
});
