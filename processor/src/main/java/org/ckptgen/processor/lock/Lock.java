package org.ckptgen.processor.lock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ckptgen.processor.model.EnumModel;
import org.ckptgen.processor.model.Member;
import org.ckptgen.processor.model.Schema;
import org.ckptgen.processor.model.StructLayout;
import org.ckptgen.processor.model.SubsystemModel;

/**
 * The released layouts of a build's images, as the lock file records them (docs/COMPATIBILITY.md):
 * plain values, no {@code javax.lang.model}, so that the file, the check and the tests share one
 * shape. {@link #of} makes the lock of today's model; {@link LockFile} reads and writes the text;
 * {@link LockCheck} compares a released lock with today's.
 *
 * <p>Padding is not recorded: it fills what the members leave, and each version's size is.
 */
public record Lock(Map<String, ImageLock> images) {

  /** One image kind: its version, its subsystems, its structs and the constants of its enums. */
  public record ImageLock(String name, int version, Map<String, SubsystemLock> subsystems,
      Map<String, StructLock> structs, Map<String, EnumLock> enums) {

    /** The structs in the lock's order: value structs by name, then records by type id. */
    public List<StructLock> structsInOrder() {
      List<StructLock> all = new ArrayList<>(structs.values());
      all.sort(STRUCT_ORDER);
      return all;
    }
  }

  /** A subsystem, by name, and the record type of its state. */
  public record SubsystemLock(String name, int stateType) {}

  /**
   * A struct by C name: its record type (0 for a value struct), whether it is shared, the size of
   * each of its versions (a later one's record starts with the earlier one's), and its members in
   * order of offset.
   */
  public record StructLock(String name, int type, boolean shared, TreeMap<Integer, Integer> sizes,
      List<MemberLock> members) {

    public boolean isRecord() {
      return type != 0;
    }

    public int version() {
      return sizes.lastKey();
    }

    /** The member named {@code name}, or null. */
    public MemberLock member(String memberName) {
      return members.stream().filter(m -> m.name().equals(memberName)).findFirst().orElse(null);
    }
  }

  /**
   * One member, as the image's field table describes it: {@code type} is the C scalar of one
   * element ({@code -} for the header and a nested struct), {@code size} the bytes of one element,
   * {@code length} the elements of a fixed member or the bound of a variable one, {@code ref}
   * {@code struct:NAME}, {@code enum:NAME}, {@code objref:0xTYPE} or {@code -}, {@code flags} a
   * sorted set of {@code sorted view uid gid optional} (signedness is in {@code type}).
   */
  public record MemberLock(String name, int offset, String role, String kind, String type, String arity,
      int size, long length, TreeSet<String> flags, String ref, int since) {

    public boolean variable() {
      return arity.equals("variable");
    }
  }

  /** An enum by C name, and its constants: Java name (as the image's enum table) to code. */
  public record EnumLock(String name, TreeMap<String, Long> constants) {}

  public static final Comparator<StructLock> STRUCT_ORDER = Comparator.comparing(StructLock::isRecord)
      .thenComparingInt(StructLock::type).thenComparing(StructLock::name);

  public static final Comparator<MemberLock> MEMBER_ORDER =
      Comparator.comparingInt(MemberLock::offset).thenComparing(MemberLock::name);

  /** The member flags a lock records, in the order the file writes them. */
  public static final List<String> FLAGS = List.of("gid", "optional", "sorted", "uid", "view");

  /** The lock of one image of today's build: {@code schema}'s structs and enums, and its subsystems. */
  public static ImageLock of(Schema schema, List<SubsystemModel> subsystems) {
    Map<String, SubsystemLock> subs = new TreeMap<>();
    for (SubsystemModel s : subsystems) {
      subs.put(s.name(), new SubsystemLock(s.name(), s.state().typeId()));
    }
    Map<String, StructLock> structs = new TreeMap<>();
    for (StructLayout s : schema.structs()) {
      structs.put(s.cName(), of(s));
    }
    Map<String, EnumLock> enums = new TreeMap<>();
    for (EnumModel e : schema.enums()) {
      TreeMap<String, Long> constants = new TreeMap<>();
      e.constants().forEach(c -> constants.put(c.javaName(), c.code()));
      enums.put(e.cName(), new EnumLock(e.cName(), constants));
    }
    return new ImageLock(schema.imageName(), schema.imageVersion(), subs, structs, enums);
  }

  static StructLock of(StructLayout s) {
    TreeMap<Integer, Integer> sizes = new TreeMap<>();
    List<MemberLock> members = new ArrayList<>();
    for (Member m : s.members()) {
      sizes.put(m.since(), s.sizeOfVersion(m.since()));
      if (m.role() != Member.Role.PADDING) {
        members.add(of(m));
      }
    }
    members.sort(MEMBER_ORDER);
    return new StructLock(s.cName(), s.typeId(), s.shared(), sizes, List.copyOf(members));
  }

  static MemberLock of(Member m) {
    TreeSet<String> flags = new TreeSet<>();
    if (m.sorted()) {
      flags.add("sorted");
    }
    if (m.view()) {
      flags.add("view");
    }
    if (m.id() == Member.IdKind.UID) {
      flags.add("uid");
    }
    if (m.id() == Member.IdKind.GID) {
      flags.add("gid");
    }
    if (m.element() == Member.Element.OBJREF && m.optionalRef()) {
      flags.add("optional");
    }
    String ref = m.struct() != null ? "struct:" + m.struct().cName()
        : m.enumType() != null ? "enum:" + m.enumType().cName()
        : m.element() == Member.Element.OBJREF ? "objref:" + LockFile.hex(m.refType())
        : "-";
    long length = m.arity() == Member.Arity.VARIABLE ? m.max() : m.length();
    return new MemberLock(m.cName(), m.offset(), lower(m.role()), lower(m.element()),
        m.scalar() == null ? "-" : m.scalar().cType(), lower(m.arity()), m.elementSize(), length, flags, ref,
        m.since());
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The lock after a release of {@code today}: each image, struct, enum and subsystem of today's
   * build as it is now, and every one of the released lock that today's build no longer has, kept
   * as it was (a retired struct's type id stays taken; a removed subsystem's sections stay in
   * released images). Only called once {@link LockCheck} found nothing incompatible, so today's
   * lines hold every released version, member and constant of what they replace.
   */
  public static Lock merge(Lock released, List<ImageLock> today) {
    Map<String, ImageLock> images = new TreeMap<>(released.images());
    for (ImageLock now : today) {
      ImageLock before = images.get(now.name());
      if (before == null) {
        images.put(now.name(), now);
        continue;
      }
      Map<String, SubsystemLock> subs = new TreeMap<>(before.subsystems());
      subs.putAll(now.subsystems());
      Map<String, StructLock> structs = new TreeMap<>(before.structs());
      structs.putAll(now.structs());
      Map<String, EnumLock> enums = new TreeMap<>(before.enums());
      enums.putAll(now.enums());
      images.put(now.name(), new ImageLock(now.name(), Math.max(before.version(), now.version()), subs, structs,
          enums));
    }
    return new Lock(new LinkedHashMap<>(images));
  }
}
