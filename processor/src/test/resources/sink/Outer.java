package test;

import org.ckptgen.annotations.*;

class Outer {
  @CkptStruct(type = 0x205)
  record Inner(@U64 long a, @VarArray(max = 4) long[] more) {}   // a 8, nmore 16, __pad1[4] 20, more 24
}
