package test;

import org.ckptgen.annotations.*;

@CheckpointImage(name = "sink", version = 3)
interface SinkImage {}
