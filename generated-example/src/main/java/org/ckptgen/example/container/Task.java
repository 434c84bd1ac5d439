package org.ckptgen.example.container;

import org.ckptgen.annotations.CkptStruct;
import org.ckptgen.annotations.FixedArray;
import org.ckptgen.annotations.FixedString;
import org.ckptgen.annotations.U16;
import org.ckptgen.annotations.U32;
import org.ckptgen.annotations.U64;
import org.ckptgen.annotations.U8;

/**
 * A task's own state. Its fields leave holes under natural alignment (a {@code __u8} before a
 * {@code __u64}); the layout fills each with explicit padding.
 *
 * @param pid the task's pid in its namespace
 * @param state the scheduler state
 * @param startTime start time, in nanoseconds since boot
 * @param frozen whether the task is frozen
 * @param exitCode the exit code, when the task is a zombie
 * @param exitSignal the signal sent to the parent at exit
 * @param comm the executable name
 * @param blockedSignals the blocked signal mask, 32 signals a word
 */
@CkptStruct(type = 0x0107)
public record Task(
    @U32 int pid,
    @U8 byte state,
    @U64 long startTime,
    boolean frozen,
    int exitCode,
    @U16 short exitSignal,
    @FixedString(length = 16) String comm,
    @U32 @FixedArray(length = 2) int[] blockedSignals) {}
