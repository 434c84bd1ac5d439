package test;

import org.ckptgen.annotations.*;

@CkptStruct(type = 0x202)
record Text(@U8 byte kind, @VarString(max = 64) String text) {}  // kind 8, __pad1[3] 9, text_len 12, text 16
