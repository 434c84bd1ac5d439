package test;

import org.ckptgen.annotations.*;

/**
 * A value struct.
 *
 * @param x signed, at 0
 * @param y unsigned, at 2; then __pad1[4]; size 8
 */
@CkptStruct
record Point(short x, @U16 short y) {}
