package org.ckptgen.example.huge;

import org.ckptgen.annotations.CheckpointImage;

/** An image whose one record carries a payload far larger than the checkpointing JVM's heap. */
@CheckpointImage(name = "huge")
public interface HugeImage {}
