package test;

import org.ckptgen.annotations.*;

/** Two C names that differ only in case: distinct in C, and their OFFSET_ constants must be too. */
@CkptStruct(type = 0x209)
record Cased(@U32 int ab, @CName("Ab") @U32 int mixed) {}
