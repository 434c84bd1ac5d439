package org.ckptgen.multimodule.net;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.ObjRef;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "net" subsystem.
 *
 * @param sockets the open sockets, by objref
 */
@CkptStruct(type = 0x0302)
public record NetSection(@ObjRef(Socket.class) @VarArray(max = 1024) int[] sockets) {}
