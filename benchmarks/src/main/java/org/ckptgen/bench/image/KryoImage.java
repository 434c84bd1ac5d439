package org.ckptgen.bench.image;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.ckptgen.example.container.Capabilities;
import org.ckptgen.example.container.SecType;
import org.ckptgen.example.container.UtsNs;
import org.ckptgen.example.model.Model;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The Kryo peer of the whole-image benchmark: the live {@code Model.Container} graph written
 * whole by Kryo 5, references on (each shared object once, later references by Kryo's id, so
 * sharing comes back), every class registered (a class is written as a small id, not its name),
 * and read back. Kryo's field serializers reach the model's final fields by reflection and make
 * its objects without constructors (Objenesis), as Kryo's documentation sets it up for classes
 * without a no-argument constructor; the JDK's immutable lists go through Kryo's own serializers
 * for them. Kryo checks what its format needs (class ids, reference ids, lengths).
 *
 * <p>One instance, and its buffer, serve every checkpoint: a Kryo instance is meant to be reused
 * (it is not thread-safe; the benchmark runs one thread).
 */
final class KryoImage {
  /** The write buffer, as ckptgen's image writer's. */
  private static final int BUFFER = 64 * 1024;

  private final Kryo kryo = new Kryo();
  private final Output output = new Output(BUFFER);

  KryoImage() {
    kryo.setReferences(true);
    kryo.setRegistrationRequired(true);
    kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
    ImmutableCollectionsSerializers.registerSerializers(kryo);
    kryo.register(ArrayList.class);
    kryo.register(int[].class);
    kryo.register(SecType.class);
    kryo.register(Capabilities.class);
    kryo.register(UtsNs.class);
    kryo.register(Model.Container.class);
    kryo.register(Model.Task.class);
    kryo.register(Model.Credential.class);
    kryo.register(Model.User.class);
    kryo.register(Model.UserNamespace.class);
    kryo.register(Model.Groups.class);
    kryo.register(Model.Label.class);
    kryo.register(Model.Files.class);
    kryo.register(Model.OpenFile.class);
  }

  /** Writes {@code c} to {@code out}; returns the bytes written. */
  long checkpoint(Model.Container c, WritableByteChannel out) {
    output.setOutputStream(Channels.newOutputStream(out));
    kryo.writeObject(output, c);
    output.flush();
    return output.total();
  }

  /** Reads the container that {@link #checkpoint} wrote to {@code file}. */
  Model.Container restore(Path file) throws IOException {
    // the whole file in the heap, as ckptgen's reader takes an image of under 32 MiB
    return kryo.readObject(new Input(Files.readAllBytes(file)), Model.Container.class);
  }
}
