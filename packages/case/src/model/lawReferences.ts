import type { DateOnly } from '@stadig/core';

/**
 * A reference to a provision of Swedish law, as data.
 *
 * @example
 * ```ts
 * const ref: LawReference = lawReferences['sol-2001-2a-8-2'];
 * ref.act;
 * //=> 'SFS 2001:453'
 * ```
 */
export interface LawReference {
  /** The act's SFS number. */
  readonly act: string;
  /** The chapter, as written (chapters can be '2 a'). */
  readonly chapter: string;
  /** The section (paragraf). */
  readonly section: number;
  /** The paragraph (stycke), when the reference is to one. */
  readonly paragraph?: number;
  /** The first day the provision is in force. */
  readonly inForceFrom?: DateOnly;
  /** The last day the provision is in force. */
  readonly inForceTo?: DateOnly;
}

/**
 * The provisions on applying for support in another municipality: 2 a kap. 8 § andra
 * stycket of the Social Services Act (SFS 2001:453, quoted in seed 004, footnote 12)
 * and its successor in the new Social Services Act (SFS 2025:400, from 2025-07-01).
 * The chapter and section of the new act are recorded as the project's reading and
 * should be checked against the published text.
 *
 * @example
 * ```ts
 * lawReferences['sol-2025-2a-8-2'].act;
 * //=> 'SFS 2025:400'
 * ```
 */
export const lawReferences = {
  'sol-2001-2a-8-2': {
    act: 'SFS 2001:453',
    chapter: '2 a',
    section: 8,
    paragraph: 2,
    inForceTo: '2025-06-30' as DateOnly,
  },
  'sol-2025-2a-8-2': {
    act: 'SFS 2025:400',
    chapter: '2 a',
    section: 8,
    paragraph: 2,
    inForceFrom: '2025-07-01' as DateOnly,
  },
} as const satisfies Readonly<Record<string, LawReference>>;

/**
 * The id of a law reference in {@link lawReferences}.
 *
 * @example
 * ```ts
 * const id: LawReferenceId = 'sol-2001-2a-8-2';
 * ```
 */
export type LawReferenceId = keyof typeof lawReferences;
