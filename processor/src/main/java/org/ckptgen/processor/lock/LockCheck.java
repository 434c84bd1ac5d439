package org.ckptgen.processor.lock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.ckptgen.processor.diag.Message;
import org.ckptgen.processor.lock.Lock.EnumLock;
import org.ckptgen.processor.lock.Lock.ImageLock;
import org.ckptgen.processor.lock.Lock.MemberLock;
import org.ckptgen.processor.lock.Lock.StructLock;
import org.ckptgen.processor.lock.Lock.SubsystemLock;

/**
 * The compatibility rules of docs/COMPATIBILITY.md: today's lock of an image against the released
 * one. Each change that would break reading a released image is one {@link Finding}, naming what
 * it is about so that the gate can put it on the element at fault; a change the rules allow
 * (a member appended with {@code @Since}, a new struct, a new enum constant, a bound raised) is
 * none. Pure: no {@code javax.lang.model}, so the rules can be tested on locks alone.
 *
 * <p>Members are compared by name; the first column that differs is the finding, one per member.
 * Subsystems are checked apart ({@link #subsystems}), so that a declared removal policy can say
 * which removals it allows.
 */
public final class LockCheck {
  /** What a finding is about: an image, a struct, a member of a struct, an enum or a subsystem. */
  public enum Kind { IMAGE, STRUCT, MEMBER, ENUM, SUBSYSTEM }

  /**
   * One thing the gate reports. {@code name} is the image's, struct's (C), enum's (C) or
   * subsystem's name; {@code member} the member's C name for {@link Kind#MEMBER}, else null.
   * A finding that is no error ({@code error} false) is a note.
   */
  public record Finding(Kind kind, String name, String member, boolean error, String text) {}

  private final String lockName;
  private final List<Finding> findings = new ArrayList<>();

  private LockCheck(String lockName) {
    this.lockName = lockName;
  }

  /**
   * Every incompatible change of {@code today} against {@code released} but for subsystems, and a
   * note for each released struct today's build no longer has. {@code lockName} names the lock in
   * the messages.
   */
  public static List<Finding> structs(ImageLock released, ImageLock today, String lockName) {
    LockCheck check = new LockCheck(lockName);
    check.image(released, today);
    return check.findings;
  }

  /**
   * Every released subsystem that today's build lacks, unless {@code removalDeclared} allows its
   * removal, and every one whose state type changed. A new subsystem is no finding: what restore
   * does for an older image without its section is the restore's business.
   */
  public static List<Finding> subsystems(ImageLock released, ImageLock today, String lockName,
      Predicate<String> removalDeclared) {
    LockCheck check = new LockCheck(lockName);
    for (SubsystemLock r : released.subsystems().values()) {
      SubsystemLock t = today.subsystems().get(r.name());
      if (t == null) {
        if (!removalDeclared.test(r.name())) {
          check.error(Kind.IMAGE, today.name(), null,
              Message.SUBSYSTEM_REMOVED.format(r.name(), today.name(), lockName));
        }
      } else if (t.stateType() != r.stateType()) {
        check.error(Kind.SUBSYSTEM, r.name(), null,
            Message.SUBSYSTEM_STATE_CHANGED.format(r.name(), r.stateType(), lockName, t.stateType(), r.stateType()));
      }
    }
    return check.findings;
  }

  private void image(ImageLock released, ImageLock today) {
    if (today.version() < released.version()) {
      error(Kind.IMAGE, today.name(), null, Message.IMAGE_VERSION_LOWERED.format(today.name(), released.version(),
          lockName, today.version(), released.version()));
    }
    Map<Integer, StructLock> byType = new HashMap<>();
    for (StructLock s : today.structs().values()) {
      if (s.isRecord()) {
        byType.put(s.type(), s);
      }
    }
    for (StructLock r : released.structsInOrder()) {
      StructLock sameName = today.structs().get(r.name());
      StructLock sameType = r.isRecord() ? byType.get(r.type()) : null;
      if (sameType != null && !sameType.name().equals(r.name())) {
        error(Kind.STRUCT, sameType.name(), null, Message.TYPE_ID_REUSED.format(r.type(), r.name(), lockName,
            sameType.name(), r.name(), sameType.name(), sameType.name()));
      }
      if (sameName == null) {
        if (sameType == null) {
          findings.add(new Finding(Kind.STRUCT, r.name(), null, false,
              Message.STRUCT_RETIRED.format(r.name(), r.type(), today.name(), lockName)));
        }
      } else if (r.isRecord() != sameName.isRecord()) {
        error(Kind.STRUCT, r.name(), null, Message.STRUCT_KIND_CHANGED.format(r.name(), what(r), lockName,
            what(sameName)));
      } else if (r.type() != sameName.type()) {
        error(Kind.STRUCT, r.name(), null, Message.TYPE_ID_CHANGED.format(r.name(), r.type(), lockName,
            sameName.type(), r.type()));
      } else {
        struct(r, sameName);
      }
    }
    for (EnumLock r : released.enums().values()) {
      EnumLock t = today.enums().get(r.name());
      if (t != null) {
        constants(r, t);
      }
    }
  }

  private static String what(StructLock s) {
    return s.isRecord() ? "record type " + LockFile.hex(s.type()) : "value struct";
  }

  private void struct(StructLock r, StructLock t) {
    String s = r.name();
    int next = r.version() + 1;
    if (r.shared() != t.shared()) {
      error(Kind.STRUCT, s, null, Message.STRUCT_SHARED_CHANGED.format(s, r.shared(), lockName, t.shared(),
          r.shared() ? "as shared objects, each after its ckpt_hdr_objref" : "in place, without an objref",
          r.shared()));
    }
    if (t.version() < r.version()) {
      error(Kind.STRUCT, s, null, Message.STRUCT_VERSION_LOWERED.format(s, r.version(), lockName, t.version(),
          r.version()));
    }
    for (Map.Entry<Integer, Integer> v : r.sizes().entrySet()) {
      int now = sizeOfVersion(t, v.getKey());
      if (now != v.getValue()) {
        error(Kind.STRUCT, s, null, Message.STRUCT_RESIZED.format(v.getKey(), s, v.getValue(), lockName, now,
            v.getKey(), next));
      }
    }
    for (MemberLock rm : r.members()) {
      MemberLock tm = t.member(rm.name());
      if (tm == null) {
        error(Kind.STRUCT, s, null, Message.MEMBER_REMOVED.format(s, rm.name(), lockName, rm.offset(),
            describe(rm)));
      } else {
        member(s, rm, tm, next);
      }
    }
    for (MemberLock tm : t.members()) {
      if (r.member(tm.name()) != null || tm.role().equals("count")) {
        continue; // a new count comes with its new variable member, which is reported
      }
      if (!r.isRecord()) {
        error(Kind.MEMBER, s, tm.name(), Message.VALUE_STRUCT_CHANGED.format(s, tm.name(), s, lockName));
      } else if (tm.since() <= r.version() || tm.offset() < r.sizes().lastEntry().getValue()) {
        error(Kind.MEMBER, s, tm.name(), Message.MEMBER_NOT_APPENDED.format(s, tm.name(), tm.since(), s, lockName,
            next));
      }
    }
  }

  /** Where the record of {@code version} ends: where the first member of a later version starts. */
  static int sizeOfVersion(StructLock s, int version) {
    Map.Entry<Integer, Integer> at = s.sizes().floorEntry(version);
    return at == null ? 0 : at.getValue();
  }

  /** One finding for the first column of {@code tm} that breaks released images, or none. */
  private void member(String s, MemberLock rm, MemberLock tm, int next) {
    String m = rm.name();
    if (rm.offset() != tm.offset()) {
      error(Kind.MEMBER, s, m, Message.MEMBER_MOVED.format(s, m, rm.offset(), lockName, tm.offset(), rm.offset(),
          next));
    } else if (!rm.role().equals(tm.role()) || !rm.kind().equals(tm.kind()) || !rm.type().equals(tm.type())
        || !rm.ref().equals(tm.ref())) {
      error(Kind.MEMBER, s, m, Message.MEMBER_RETYPED.format(s, m, describe(rm), lockName, describe(tm),
          describe(rm), next));
    } else if (!rm.arity().equals(tm.arity()) || rm.size() != tm.size()
        || (!rm.variable() && rm.length() != tm.length())) {
      error(Kind.MEMBER, s, m, Message.MEMBER_RESIZED.format(s, m, describe(rm), lockName, describe(tm),
          describe(rm), next));
    } else if (rm.variable() && tm.length() < rm.length()) {
      error(Kind.MEMBER, s, m, Message.MEMBER_BOUND_LOWERED.format(s, m, rm.length(), lockName, tm.length(),
          rm.length(), rm.length()));
    } else if (rm.since() != tm.since()) {
      error(Kind.MEMBER, s, m, Message.MEMBER_CHANGED.format(s, m, "in version " + rm.since(), lockName,
          "in version " + tm.since(), "released records of version " + Math.min(rm.since(), tm.since())
              + " are read by their members; set @Since back as it was released"));
    } else if (!rm.flags().contains("sorted") && tm.flags().contains("sorted")) {
      error(Kind.MEMBER, s, m, Message.MEMBER_CHANGED.format(s, m, flags(rm), lockName, flags(tm),
          "released images may hold it unsorted, which this build would refuse; drop @Sorted"));
    } else if (rm.flags().contains("optional") && !tm.flags().contains("optional")) {
      error(Kind.MEMBER, s, m, Message.MEMBER_CHANGED.format(s, m, flags(rm), lockName, flags(tm),
          "released images may hold 0 (none), which restore would refuse; keep optional = true"));
    } else if (!flags(rm).equals(flags(tm))) {
      error(Kind.MEMBER, s, m, Message.MEMBER_CHANGED.format(s, m, flags(rm), lockName, flags(tm),
          "an image's field table holds a member's flags, and restore refuses an image whose flags differ"
              + " from the build's (docs/FORMAT.md, The schema file); set them back"));
    }
  }

  /**
   * A member's flags as the compatibility rule of restore compares them: all but {@code view},
   * which says how Java hands out a byte payload, not where its bytes are.
   */
  private static String flags(MemberLock m) {
    List<String> said = new ArrayList<>();
    for (String flag : m.flags()) {
      switch (flag) {
        case "sorted" -> said.add("@Sorted");
        case "uid" -> said.add("@Uid");
        case "gid" -> said.add("@Gid");
        case "optional" -> said.add("@ObjRef(optional = true)");
        default -> { } // view
      }
    }
    return said.isEmpty() ? "without flags" : "with " + String.join(", ", said);
  }

  private void constants(EnumLock r, EnumLock t) {
    Map<Long, String> byCode = new HashMap<>();
    t.constants().forEach((name, code) -> byCode.put(code, name));
    r.constants().forEach((name, code) -> {
      String now = byCode.get(code);
      if (now == null) {
        error(Kind.ENUM, r.name(), null, Message.ENUM_CONSTANT_REMOVED.format(r.name(), name, code, lockName, code));
      } else if (!now.equals(name)) {
        error(Kind.ENUM, r.name(), null, Message.ENUM_CONSTANT_RENAMED.format(code, r.name(), name, lockName, now,
            name));
      }
    });
  }

  /** A member as a C declaration says it: {@code __u32}, {@code char[16]}, {@code __u32[] (at most 64)}. */
  static String describe(MemberLock m) {
    String type = switch (m.kind()) {
      case "struct" -> "struct " + m.ref().substring("struct:".length());
      case "enum" -> "enum " + m.ref().substring("enum:".length()) + " (" + m.type() + ")";
      case "objref" -> "objref to type " + m.ref().substring("objref:".length());
      case "bool" -> "bool (__u8)";
      case "header" -> "struct ckpt_hdr";
      default -> m.type();
    };
    String shape = switch (m.arity()) {
      case "fixed" -> "[" + m.length() + "]";
      case "variable" -> "[] (at most " + m.length() + ")";
      default -> "";
    };
    String size = m.kind().equals("struct") ? " of " + m.size() + " bytes" : "";
    return type + shape + size + (m.role().equals("count") ? " count" : "");
  }

  private void error(Kind kind, String name, String member, String text) {
    findings.add(new Finding(kind, Objects.requireNonNull(name), member, true, text));
  }
}
