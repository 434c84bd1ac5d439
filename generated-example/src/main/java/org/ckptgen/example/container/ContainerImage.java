package org.ckptgen.example.container;

import org.ckptgen.annotations.CheckpointImage;

/** The root of a container checkpoint image: its header is {@code container_ckpt_hdr.h}. */
@CheckpointImage(name = "container", version = 1)
public interface ContainerImage {}
