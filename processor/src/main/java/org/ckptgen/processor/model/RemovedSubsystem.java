package org.ckptgen.processor.model;

/**
 * A subsystem an image root declares removed ({@code @CheckpointImage(removed = @Removed(...))}):
 * its subsystem table lists it, flagged removed, and skipped when {@code skip}.
 */
public record RemovedSubsystem(String name, boolean skip) {}
