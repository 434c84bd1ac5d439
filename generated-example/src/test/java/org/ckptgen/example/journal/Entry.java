package org.ckptgen.example.journal;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedString;

/**
 * A shared object: a line several subsystems may refer to.
 *
 * @param text the line
 */
@CkptStruct(type = 0x0201, shared = true)
public record Entry(@FixedString(length = 24) String text) {}
