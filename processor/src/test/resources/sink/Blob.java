package test;

import org.ckptgen.annotations.*;

@CkptStruct(type = 0x203)
record Blob(@VarBytes(max = 4096) byte[] data) {}                // data_len 8, __pad1[4] 12, data 16
