package test;

import org.ckptgen.annotations.*;

/**
 * A record at version 3.
 *
 * @param a version 1, at 8; then __pad1[4] at 12 ends version 1 (16 bytes)
 * @param b version 2, at 16
 * @param c version 2, at 24; then __pad2[7] at 25 ends version 2 (32 bytes)
 * @param e version 3, at 32
 * @param s version 3, at 33; then __pad3[7] at 41; size 48
 */
@CkptStruct(type = 0x207)
record Evolving(
    int a,
    @Since(2) long b,
    @Since(2) boolean c,
    @Since(3) Small e,
    @Since(3) @FixedString(length = 8) String s) {}
