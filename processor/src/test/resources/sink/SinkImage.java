package test;

import org.ckptgen.annotations.*;

/** An image without subsystems, written by hand: it lists its records, which bring Shared and Point. */
@CheckpointImage(name = "sink", version = 3, structs = {Sink.class, Text.class, Blob.class, Points.class,
    Outer.Inner.class, View.class, Evolving.class, OldShape.class, Cased.class})
interface SinkImage {}
