package org.ckptgen.example.bulk;

import org.ckptgen.annotations.CheckpointImage;

/** An image of bulk data, for the memory test: restoring it must not need the heap to hold it. */
@CheckpointImage(name = "bulk")
public interface BulkImage {}
