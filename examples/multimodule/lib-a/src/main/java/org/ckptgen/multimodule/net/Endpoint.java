package org.ckptgen.multimodule.net;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U16;
import org.ckptgen.annotations.U32;

/**
 * An IPv4 endpoint: a value struct, nested in records here and in other modules (lib-b's
 * {@code IpcSection}).
 *
 * @param addr the address, host order
 * @param port the port
 */
@CkptStruct
public record Endpoint(@U32 int addr, @U16 short port) {}
