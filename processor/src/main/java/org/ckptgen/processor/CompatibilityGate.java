package org.ckptgen.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.diag.Reporter;
import org.ckptgen.processor.lock.Lock;
import org.ckptgen.processor.lock.LockCheck;
import org.ckptgen.processor.lock.LockFile;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;

/**
 * Stage 2b, the compatibility gate (docs/COMPATIBILITY.md): once every struct of the build is laid
 * out, each image's layouts are compared with those its lock file records as released, and every
 * change that would break reading a released image is a compile error on the element at fault.
 * With {@code -Ackptgen.lock.update=true} a build that passes writes today's layouts into the lock
 * (when javac has succeeded), keeping every released line today's build no longer has.
 *
 * <p>Off unless {@code -Ackptgen.lock=PATH} names the lock: a processor cannot know the project's
 * directory (javac's working directory is wherever the build tool started).
 */
final class CompatibilityGate {
  /** {@code -Ackptgen.lock=PATH}: the lock file of the build's images. */
  static final String LOCK = "ckptgen.lock";
  /** {@code -Ackptgen.lock.update=true}: write today's layouts into the lock, for a release. */
  static final String UPDATE = "ckptgen.lock.update";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Discovered discovered;
  private final Output output;
  private boolean checked;

  CompatibilityGate(ProcessingEnvironment env, Reporter reporter, Discovered discovered, Output output) {
    this.env = env;
    this.reporter = reporter;
    this.discovered = discovered;
    this.output = output;
  }

  /**
   * Whether {@code image} may lack the released {@code subsystem}: its removal declared, with what
   * restore does with its sections in released images: {@code @CheckpointImage(removed =
   * @Removed(name, policy))}.
   */
  private static boolean removalDeclared(Discovered.ImageRoot image, String subsystem) {
    return image.removed().stream().anyMatch(r -> r.name().equals(subsystem));
  }

  /** Checks every image once, when all its structs are known; later calls do nothing. */
  void check() {
    if (!checked) {
      checked = true;
      run();
    }
  }

  private void run() {
    String option = env.getOptions().get(LOCK);
    String update = env.getOptions().get(UPDATE);
    if (update != null && !update.equals("true") && !update.equals("false")) {
      reporter.error(null, Message.BAD_LOCK_OPTION, UPDATE, update, "it is true or false");
      return;
    }
    boolean writing = "true".equals(update);
    if (option == null) {
      if (writing) {
        reporter.error(null, Message.BAD_LOCK_OPTION, UPDATE, update,
            "there is no lock to update; name it with -A" + LOCK + "=PATH");
      }
      return;
    }
    if (discovered.images.isEmpty()) {
      return;
    }
    Path path;
    try {
      path = Path.of(option);
    } catch (InvalidPathException e) {
      reporter.error(null, Message.BAD_LOCK_OPTION, LOCK, option, "not a path: " + e.getMessage());
      return;
    }
    Optional<Lock> read = read(path, option);
    if (read == null) {
      return;
    }
    List<Lock.ImageLock> today = new ArrayList<>();
    for (Discovered.ImageRoot image : discovered.images.values()) {
      // what the image holds (its schema's structs), so that each image's lines change only with it
      Schema schema = Schema.of(image.name(), image.version(), discovered.structsOf(image));
      Lock.ImageLock now = Lock.of(schema, discovered.subsystemsOf(image.name()));
      today.add(now);
      if (read.isEmpty()) {
        continue;
      }
      Lock.ImageLock released = read.get().images().get(image.name());
      if (released == null) {
        if (!writing) {
          reporter.error(image.element(), Message.LOCK_OF_ANOTHER_IMAGE, option, image.name(),
              read.get().images().isEmpty() ? "no image" : "image " + String.join(", ", read.get().images().keySet()));
        }
        continue;
      }
      report(image, schema, LockCheck.structs(released, now, option));
      report(image, schema, LockCheck.subsystems(released, now, option, name -> removalDeclared(image, name)));
    }
    if (read.isEmpty() && !writing) {
      reporter.note(Message.LOCK_ABSENT, option);
      return;
    }
    if (reporter.hasErrors()) {
      return;
    }
    Lock merged = Lock.merge(read.orElse(new Lock(Map.of())), today);
    String text = LockFile.format(merged);
    if (read.isPresent() && text.equals(LockFile.format(read.get()))) {
      if (writing) {
        reporter.note(Message.LOCK_CURRENT, option);
      }
    } else if (writing) {
      output.file(path, text.getBytes(StandardCharsets.UTF_8), discovered.images.values().iterator().next().element());
      reporter.note(Message.LOCK_WRITTEN, option, summary(merged));
    } else {
      // a compatible change not released yet: said once a build, so that it is not a surprise at release
      List<String> released = LockFile.format(read.get()).lines().collect(Collectors.toList());
      List<String> added = text.lines().filter(l -> !l.startsWith("end ") && !released.contains(l))
          .collect(Collectors.toList());
      String first = added.stream().limit(3).map(l -> l.replaceAll(" [a-z]+=.*", ""))
          .collect(Collectors.joining(", ")) + (added.size() > 3 ? ", ..." : "");
      reporter.note(Message.LOCK_UNRELEASED, option, added.size(), first);
    }
  }

  /** The lock at {@code path}; empty when there is none; null when it cannot be read (reported). */
  private Optional<Lock> read(Path path, String option) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        reporter.error(null, Message.BAD_LOCK_OPTION, LOCK, option, "it is a directory; name the lock file in it");
        return null;
      }
      if (Files.exists(path) && Files.size(path) > LockFile.MAX_BYTES) {
        reporter.error(null, Message.BAD_LOCK, option, 1, "larger than " + LockFile.MAX_BYTES + " bytes");
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | SecurityException e) {
      reporter.error(null, Message.BAD_LOCK_OPTION, LOCK, option, "cannot read it: " + e);
      return null;
    }
    try {
      return Optional.of(LockFile.parse(bytes));
    } catch (LockFile.Malformed e) {
      reporter.error(null, Message.BAD_LOCK, option, e.line(), e.getMessage());
      return null;
    }
  }

  private static String summary(Lock lock) {
    List<String> parts = new ArrayList<>();
    for (Lock.ImageLock image : lock.images().values()) {
      parts.add("image \"" + image.name() + "\" version " + image.version() + ": " + image.structs().size()
          + " structs, " + image.subsystems().size() + " subsystems, " + image.enums().size() + " enums");
    }
    return String.join("; ", parts);
  }

  /** Puts each finding on the element it is about: the struct, its component, the enum, the subsystem. */
  private void report(Discovered.ImageRoot image, Schema schema, List<LockCheck.Finding> findings) {
    for (LockCheck.Finding f : findings) {
      reporter.formatted(elementOf(image, schema, f), f.error(), f.text());
    }
  }

  private Element elementOf(Discovered.ImageRoot image, Schema schema, LockCheck.Finding f) {
    switch (f.kind()) {
      case STRUCT:
      case MEMBER: {
        StructLayout s = schema.structs().stream().filter(l -> l.cName().equals(f.name())).findFirst().orElse(null);
        if (s == null) {
          return image.element();
        }
        Element struct = discovered.origin(s);
        return f.member() == null ? struct : componentOf(struct, s, f.member());
      }
      case ENUM: {
        Optional<EnumModel> e = schema.enums().stream().filter(m -> m.cName().equals(f.name())).findFirst();
        Element enumElement = e.map(m -> (Element) env.getElementUtils().getTypeElement(m.javaType().qualifiedName()))
            .orElse(null);
        return enumElement != null ? enumElement : image.element();
      }
      case SUBSYSTEM: {
        Element sub = discovered.subsystemElements.get(image.name() + "/" + f.name());
        return sub != null ? sub : image.element();
      }
      default:
        return image.element();
    }
  }

  /** The record component of member {@code cName}: its own, or for a count the one it counts. */
  private static Element componentOf(Element struct, StructLayout s, String cName) {
    Member m = s.members().stream().filter(x -> x.cName().equals(cName)).findFirst().orElse(null);
    if (m != null && m.role() == Member.Role.COUNT) {
      String counted = m.partner();
      m = s.members().stream().filter(x -> x.cName().equals(counted)).findFirst().orElse(null);
    }
    if (m == null || m.javaName() == null || !(struct instanceof TypeElement)) {
      return struct;
    }
    for (RecordComponentElement c : ((TypeElement) struct).getRecordComponents()) {
      if (c.getSimpleName().contentEquals(m.javaName())) {
        return c;
      }
    }
    return struct;
  }
}
