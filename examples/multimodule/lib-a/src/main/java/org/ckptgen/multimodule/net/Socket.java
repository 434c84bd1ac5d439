package org.ckptgen.multimodule.net;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U8;

/**
 * An open socket, written once however many sections refer to it.
 *
 * @param local the local endpoint
 * @param remote the peer's endpoint
 * @param state the TCP state
 */
@CkptStruct(type = 0x0301, shared = true)
public record Socket(Endpoint local, Endpoint remote, @U8 byte state) {}
