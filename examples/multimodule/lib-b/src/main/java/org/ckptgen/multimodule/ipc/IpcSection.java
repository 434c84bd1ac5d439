package org.ckptgen.multimodule.ipc;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.VarString;
import org.ckptgen.multimodule.net.Endpoint;

/**
 * The state of the "ipc" subsystem: a message queue and the peer it forwards to, a value
 * struct of another module (lib-a).
 *
 * @param messages the messages waiting
 * @param peer where the queue forwards
 * @param name the queue's name
 */
@CkptStruct(type = 0x0311)
public record IpcSection(@U32 int messages, Endpoint peer, @VarString(max = 255) String name) {}
