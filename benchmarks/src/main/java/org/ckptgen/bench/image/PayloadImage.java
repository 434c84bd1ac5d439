package org.ckptgen.bench.image;

import org.ckptgen.annotations.CheckpointImage;

/** An image whose one record carries a large run of bytes: the image benchmark's second case. */
@CheckpointImage(name = "payload")
public interface PayloadImage {}
