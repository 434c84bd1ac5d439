package org.ckptgen.processor.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.ckptgen.processor.cgen.CDecl;

/**
 * A 64-bit fingerprint of a schema: the first 8 bytes of the SHA-256 of a canonical text of
 * every struct's layout (name, type id, version, size, and each member's name, C type, shape
 * and offset), then each subsystem's name and state type. Two builds that agree on every byte of every record have the same fingerprint;
 * any layout change gives another.
 */
public final class Fingerprint {
  private Fingerprint() {}

  public static long of(Schema schema) {
    return of(schema, java.util.List.of());
  }

  /** The fingerprint of {@code schema} with its subsystem table: {@code subsystems} in dispatch order. */
  public static long of(Schema schema, java.util.List<SubsystemModel> subsystems) {
    return of(schema, subsystems, java.util.List.of());
  }

  /**
   * The same with the subsystems the image declares removed. A subsystem's since and the removed
   * ones are written only where there are any, so that a build without them keeps its fingerprint.
   */
  public static long of(Schema schema, java.util.List<SubsystemModel> subsystems,
      java.util.List<RemovedSubsystem> removed) {
    StringBuilder text = new StringBuilder(canonical(schema));
    for (SubsystemModel s : subsystems) {
      text.append("subsystem ").append(s.name()).append(' ').append(s.state().typeId())
          .append(s.since() > 1 ? " since " + s.since() : "").append('\n');
    }
    for (RemovedSubsystem r : removed) {
      text.append("removed ").append(r.name()).append(r.skip() ? " skip" : " refuse").append('\n');
    }
    return hash(text.toString());
  }

  /** The text the fingerprint hashes, one line a struct and a member. */
  static String canonical(Schema schema) {
    StringBuilder text = new StringBuilder();
    for (StructLayout s : schema.structs()) {
      text.append("struct ").append(s.cName()).append(' ').append(s.typeId()).append(' ')
          .append(s.version()).append(' ').append(s.size()).append(s.shared() ? " shared" : "").append('\n');
      for (Member m : s.members()) {
        text.append("  ").append(CDecl.cType(m)).append(' ').append(CDecl.cDeclarator(m)).append(" @").append(m.offset())
            .append(m.enumType() != null ? " enum " + m.enumType().cName() : "")
            .append(m.max() > 0 ? " max " + m.max() : "").append(m.sorted() ? " sorted" : "")
            .append(m.since() > 1 ? " since " + m.since() : "").append('\n');
      }
    }
    for (EnumModel e : schema.enums()) {
      text.append("enum ").append(e.cName());
      e.constants().forEach(c -> text.append(' ').append(c.cName()).append('=').append(c.code()));
      text.append('\n');
    }
    return text.toString();
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
