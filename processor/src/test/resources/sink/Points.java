package test;

import org.ckptgen.annotations.*;

@CkptStruct(type = 0x204)
record Points(@VarArray(max = 10) Point[] pts) {}                // npts 8, __pad1[4] 12, pts 16
