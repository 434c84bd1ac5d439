package test;

import org.ckptgen.annotations.*;

/** What Evolving looked like at version 1, under another type id, to play an old reader. */
@CkptStruct(type = 0x208)
record OldShape(int a) {}
