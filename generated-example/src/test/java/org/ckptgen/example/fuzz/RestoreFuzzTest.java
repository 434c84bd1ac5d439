package org.ckptgen.example.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ckptgen.example.Forge;
import org.ckptgen.example.Main;
import org.ckptgen.example.model.Model;
import org.ckptgen.example.model.SampleContainer;
import org.ckptgen.image.hook.Caller;
import org.ckptgen.image.hook.RestoreContext;
import org.ckptgen.image.hook.RestoreException;
import org.junit.jupiter.api.Timeout;

/**
 * A restore through the generated dispatch: the whole-image check ({@code ImageChecker}) and,
 * for images that pass it, the six subsystems' hooks. Each image is restored twice, by an
 * unprivileged user and by a privileged caller with KEEP_LSM. Besides {@link Property}: a restore
 * ends in success or one exception, a CkptFormatException or a RestoreException of a hook that
 * refused (returned non-zero; a hook that throws on a checked image is a finding); a failed one
 * leaves the container as it was; a successful unprivileged one gives the caller nothing it did
 * not hold.
 */
class RestoreFuzzTest {
  private static final Caller USER = Caller.user(1000, 1000, 24);

  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void wholeImage(byte[] input) throws Exception {
    restore(Seal.image(input));
  }

  /** The container's tables as this build writes them, then any records. */
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  @FuzzTest
  void recordsOnly(byte[] input) throws Exception {
    restore(Seal.withTables(Corpus.CONTAINER_TABLES, input));
  }

  static void restore(byte[] image) throws Exception {
    restore(image, USER, Set.of());
    restore(image, Caller.privileged(), EnumSet.of(RestoreContext.Flag.KEEP_LSM));
  }

  private static void restore(byte[] image, Caller caller, Set<RestoreContext.Flag> flags) throws Exception {
    String empty = SampleContainer.describe(new Model.Container());
    Model.Container[] target = new Model.Container[1];
    boolean[] restored = {false};
    Property.read(image, "restore", () -> {
      target[0] = new Model.Container();
      restored[0] = false;
      try {
        Main.dispatch(target[0]).restore(Channels.newChannel(new ByteArrayInputStream(image)), caller, flags);
        restored[0] = true;
      } catch (RestoreException e) {
        if (e.code() == 0) {
          throw new AssertionError("a restore hook threw on an image the whole-image check passed: " + e.getMessage(),
              e.getCause());
        }
      }
    });
    if (!restored[0] && !empty.equals(SampleContainer.describe(target[0]))) {
      throw new AssertionError("a failed restore changed the container");
    }
    if (restored[0] && caller == USER) {
      Forge.nothingGained(target[0], USER);
    }
  }
}
