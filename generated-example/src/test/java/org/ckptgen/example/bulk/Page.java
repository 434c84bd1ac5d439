package org.ckptgen.example.bulk;

import java.nio.ByteBuffer;
import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.VarBytes;

/**
 * One run of memory, a shared object so the state can list pages by objref.
 *
 * @param address where the run starts
 * @param data its bytes: on restore, a view of the mapped image
 */
@CkptStruct(type = 0x0301, shared = true)
public record Page(@U64 long address, @VarBytes(max = 1 << 20) ByteBuffer data) {}
