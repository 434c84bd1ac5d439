package test;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.*;

@CkptStruct(type = 0x206)
record View(@U32 int tag, @VarBytes(max = 64) ByteBuffer data) {}  // tag 8, data_len 12, data 16
