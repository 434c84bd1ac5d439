package org.ckptgen.example.large;

import org.ckptgen.annotations.CheckpointImage;

/** An image root for a build of more structs than one generated method can list (see LargeSchemaTest). */
@CheckpointImage(name = "large")
public interface LargeImage {}
