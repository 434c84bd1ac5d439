package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.VarArray;

/**
 * The state of the "task" subsystem: every task of the container.
 *
 * @param tasks the tasks
 */
@CkptStruct(type = 0x0113)
public record TaskSection(@VarArray(max = 65536) TaskEntry[] tasks) {}
