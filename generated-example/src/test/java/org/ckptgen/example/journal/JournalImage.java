package org.ckptgen.example.journal;

import org.ckptgen.annotations.CheckpointImage;

/** A small image for the dispatch tests: three subsystems that log what their hooks do. */
@CheckpointImage(name = "journal", version = 1)
public interface JournalImage {}
