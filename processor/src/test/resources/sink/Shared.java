package test;

import org.ckptgen.annotations.*;

@CkptStruct(type = 0x200, shared = true)
record Shared(long v) {}
