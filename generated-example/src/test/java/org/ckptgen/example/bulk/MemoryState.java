package org.ckptgen.example.bulk;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.VarArray;

/**
 * The memory subsystem's state: its pages, by objref.
 *
 * @param crc32 the CRC32 of every page's bytes, in order, as checkpointed
 * @param pages the objrefs of the pages
 */
@CkptStruct(type = 0x0302)
public record MemoryState(@U32 int crc32, @ObjRef(Page.class) @VarArray(max = 1 << 20) int[] pages) {}
