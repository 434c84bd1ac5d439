package org.ckptgen.processor.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every message the processor prints, with a stable tag users can search for. Each says what is
 * wrong and how to fix it.
 */
public enum Message {
  NOT_A_RECORD("NotARecord",
      "@CkptStruct goes on a record; %s is %s. Declare it as `record %s(...)`"),
  GENERIC_STRUCT("GenericStruct",
      "%s has type parameters; a checkpoint struct has one fixed layout, so it cannot be generic"),
  EMPTY_STRUCT("EmptyStruct",
      "%s has no components; a value struct needs at least one field (C has no empty structs)"),
  RESERVED_TYPE_ID("ReservedTypeId",
      "type 0x%x of %s is reserved for ckptgen's image framing; user records take ids from 0x%x to 0x7fffffff"),
  DUPLICATE_TYPE_ID("DuplicateTypeId",
      "type 0x%x is used by %s and by %s; type ids must be unique"),
  SHARED_WITHOUT_TYPE("SharedWithoutType",
      "%s is shared, so it is written as a record of its own and needs a type id: @CkptStruct(type = 0x..., shared = true)"),
  UNSUPPORTED_FIELD_TYPE("UnsupportedFieldType",
      "%s has type %s, which a checkpoint struct cannot store. Supported: byte, short, int, long "
          + "(@U8..@U64 for unsigned), boolean, @CkptEnum enums, @CkptStruct records, arrays of "
          + "integers or structs with @FixedArray or @VarArray, String with @FixedString or "
          + "@VarString, byte[] or ByteBuffer with @VarBytes"),
  ARRAY_WITHOUT_BOUND("ArrayWithoutBound",
      "array %s has no bound; add @FixedArray(length = N) or @VarArray(max = N)"),
  STRING_WITHOUT_BOUND("StringWithoutBound",
      "String %s has no bound; add @FixedString(length = N) for a char[N] or @VarString(max = N) for a trailing NUL-terminated string"),
  BAD_BOUND("BadBound",
      "%s of %s is %d; it must be at least %d"),
  BOUND_TOO_LARGE("BoundTooLarge",
      "%s makes %s up to %d bytes; a record holds at most 2147483647 bytes. Lower the bound"),
  STRUCT_TOO_LARGE("StructTooLarge",
      "the fixed members of %s take %d bytes; a struct's fixed part is at most %d (1 MiB), what every record takes "
      + "whatever its values. Put large data in a @VarBytes or @VarArray member"),
  NESTING_TOO_DEEP("NestingTooDeep",
      "%s nests structs %d deep; readers of an image's tables allow at most %d (docs/FORMAT.md, Checks of the tables)"),
  DEFAULTS_TOO_LARGE("DefaultsTooLarge",
      "the fields of %s after version 1 span %d bytes; a reader fills at most %d with defaults. Put them in a new record"),
  MISPLACED_ANNOTATION("MisplacedAnnotation",
      "@%s does not apply to %s (%s); it goes on %s"),
  CONFLICTING_ANNOTATIONS("ConflictingAnnotations",
      "%s has both @%s and @%s; keep one"),
  ID_NOT_INT32("IdNotInt32",
      "@%s goes on an int or int[] (a 32-bit id, like uid_t and gid_t); %s has type %s"),
  UNSIGNED_WIDTH("UnsignedWidth",
      "@%s goes on %s, but %s has type %s; use @%s for %s"),
  OBJREF_NOT_INT("ObjRefNotInt",
      "@ObjRef goes on an int or int[] (each stored as __s32); %s has type %s"),
  OBJREF_TARGET_NOT_SHARED("ObjRefTargetNotShared",
      "%s refers to %s, which is not a shared struct; declare it @CkptStruct(type = 0x..., shared = true)"),
  NOT_A_STRUCT("NotAStruct",
      "%s has type %s, which is not a @CkptStruct; annotate %s with @CkptStruct, or use a supported type"),
  NESTED_RECORD("NestedRecord",
      "%s nests %s, which is a record (type 0x%x) with a header of its own; nest a value struct "
          + "(@CkptStruct without a type) or refer to a shared record with @ObjRef"),
  RECURSIVE_NESTING("RecursiveNesting",
      "%s nests %s, which leads back to itself (%s); a struct cannot contain itself. Use an @ObjRef to a shared struct"),
  VARIABLE_NOT_LAST("VariableNotLast",
      "%s is variable-length, so it must be the last component of %s; move it after %s"),
  TWO_VARIABLE_MEMBERS("TwoVariableMembers",
      "%s has two variable-length members, %s and %s; a struct has at most one, at its end. Put the other in a record of its own"),
  VARIABLE_IN_VALUE_STRUCT("VariableInValueStruct",
      "%s has the variable-length member %s, so its size varies; only a record (with a type id) can end with one. Give %s a type: @CkptStruct(type = 0x...)"),
  INACCESSIBLE("Inaccessible",
      "%s is %s, so the code generated beside it cannot use it; make it a top-level or static nested type that is not private"),
  DUPLICATE_C_IDENTIFIER("DuplicateCIdentifier",
      "`%s` names both %s and %s in the C header, where it must be unique; set cName on one of them"),
  SINCE_ORDER("SinceOrder",
      "%s is from version %d but follows %s from version %d; fields of a later version go after those of earlier ones"),
  SINCE_NOT_HERE("SinceNotHere",
      "%s has @Since, but %s"),
  SINCE_ENUM_DEFAULT("SinceEnumDefault",
      "%s is a later field of enum type %s, which older records lack; its default is the constant with code 0, so give one constant @EnumCode(0)"),
  SORTED_NOT_INTEGER_ARRAY("SortedNeedsIntegerVarArray",
      "@Sorted applies to a @VarArray of integers; %s is not one"),
  C_KEYWORD("CKeyword",
      "the C name of %s, `%s`, is a C keyword; rename the component or give it @CName(\"...\")"),
  RESERVED_C_NAME("ReservedCName",
      "the C name of %s, `%s`, is %s; rename it or give it another C name with @CName(\"...\") (cName = \"...\" on a struct or enum)"),
  BAD_ENUM_CONSTANT("BadEnumConstant",
      "%s.%s becomes the C constant `%s`, which is not usable: it must be an ASCII C identifier and not a C library macro; rename the constant, or set the enum's cName"),
  DUPLICATE_C_NAME("DuplicateCName",
      "%s and %s both have the C name `%s` in struct %s; rename one or give it @CName(\"...\")"),
  ENUM_TOO_LARGE("EnumTooLarge",
      "%s has %d constants; readers of an image's tables allow at most %d per enum (docs/FORMAT.md, Checks of the tables)"),
  ENUM_CONSTANT_TOO_LONG("EnumConstantTooLong",
      "%s.%s is longer than %d characters, the most the image's enum table holds; shorten it"),
  BAD_C_NAME("BadCName",
      "`%s` is not usable as a C name: it must match [A-Za-z_][A-Za-z0-9_]*, have at most 47 characters (the image's schema tables hold names in char[48]) and not start with `__` (reserved for ckptgen's padding)"),
  NOT_A_CKPT_ENUM("NotACkptEnum",
      "%s has the enum type %s, which has no @CkptEnum; add @CkptEnum and an @EnumCode to every constant"),
  BAD_ENUM_BYTES("BadEnumBytes",
      "@CkptEnum(bytes = %d) on %s: bytes must be 1, 2 or 4"),
  MISSING_ENUM_CODE("MissingEnumCode",
      "enum constant %s.%s has no @EnumCode; every constant needs a stable code"),
  BAD_ENUM_CODE("BadEnumCode",
      "code %d of %s.%s is out of range: codes are 0 to %d for @CkptEnum(bytes = %d)"),
  DUPLICATE_ENUM_CODE("DuplicateEnumCode",
      "code %d is used by %s.%s and %s.%s; codes must be unique"),
  BAD_SUBSYSTEM_NAME("BadSubsystemName",
      "subsystem name \"%s\" must be lower case letters, digits and _, starting with a letter, at most 31 bytes (sections store it in a char[32])"),
  DUPLICATE_SUBSYSTEM("DuplicateSubsystem",
      "subsystem name \"%s\" is used by %s and by %s; names must be unique within an image"),
  SUBSYSTEM_WITHOUT_IMAGE("SubsystemWithoutImage",
      "subsystem %s belongs to no image: %s"),
  UNKNOWN_SUBSYSTEM("UnknownSubsystem",
      "@Subsystem(%s = \"%s\") on %s: image \"%s\" has no subsystem \"%s\"%s; its subsystems are %s"),
  SUBSYSTEM_ORDER_SELF("SubsystemOrderSelf",
      "@Subsystem(%s = \"%s\") on %s names the subsystem itself; a subsystem cannot come %s itself, so remove the name"),
  SUBSYSTEM_ORDER_CYCLE("SubsystemOrderCycle",
      "the subsystems of image \"%s\" cannot be put in order: %s is a cycle (%s); remove one of these after/before names"),
  MISSING_HOOK("MissingHook",
      "subsystem %s has no @%s method; add `%s`"),
  DUPLICATE_HOOK("DuplicateHook",
      "subsystem %s has two @%s methods, %s and %s; keep one"),
  BAD_HOOK_SIGNATURE("BadHookSignature",
      "@%s %s must be `%s`; it is `%s`"),
  HOOK_NOT_CALLABLE("HookNotCallable",
      "@%s %s is %s, so the generated dispatch cannot call it; make it %s"),
  BAD_SUBSYSTEM_SINCE("BadSubsystemSince",
      "subsystem \"%s\" is since image version %d, but image \"%s\" is version %d: since is from 1 to the image's version"),
  MISSING_ABSENT_HOOK("MissingAbsentHook",
      "subsystem \"%s\" is since image version %d, so an older image has no section of it: add `%s`, which restore calls "
          + "instead, returning 0 for a default state or -errno to refuse the image"),
  ABSENT_HOOK_NEVER_CALLED("AbsentHookNeverCalled",
      "subsystem \"%s\" is of the first image version, so its @AbsentHook %s is never called; remove it, or give "
          + "the version that added the subsystem: @Subsystem(value = ..., since = N)"),
  REMOVED_SUBSYSTEM_PRESENT("RemovedSubsystemPresent",
      "subsystem \"%s\" is declared removed by image \"%s\" (@Removed) and is still there; remove one of them"),
  BAD_REMOVED_SUBSYSTEM("BadRemovedSubsystem",
      "@Removed(name = \"%s\") of image \"%s\": %s"),
  BAD_IMAGE_NAME("BadImageName",
      "image name \"%s\" must be lower case letters, digits and _, starting with a letter"),
  DUPLICATE_IMAGE_NAME("DuplicateImageName",
      "image name \"%s\" is used by %s and by %s; it names the generated files, so it must be unique"),
  LISTED_NOT_A_STRUCT("ListedNotAStruct",
      "@CheckpointImage(structs) of %s lists %s, which is not a @CkptStruct; list checkpoint structs only"),
  STRUCT_IN_NO_IMAGE("StructInNoImage",
      "%s is in no image: no state record of a subsystem of %s reaches it (nested or by @ObjRef), and no "
          + "@CheckpointImage lists it; its codec is generated, but no schema, reader or header has it. Refer to it "
          + "from a state record, or add it to @CheckpointImage(structs = {...}) of the image that holds it"),
  EMPTY_IMAGE("EmptyImage",
      "image \"%s\" holds no struct: %s has no subsystem and lists none in @CheckpointImage(structs = {...}), so "
          + "its header and reader describe the framing only and it gets no schema class; give it a @Subsystem(image = "
          + "%s.class) or list the records it holds"),
  NO_IMAGE_ROOT("NoImageRoot",
      "this build has checkpoint structs but no @CheckpointImage, so no C header was written; "
          + "annotate one type with @CheckpointImage(name = \"...\"), or build this module as a library of one "
          + "that has it: its structs and subsystems are contributed to that build's image (docs/MODULES.md)"),
  CONTRIBUTION_NOT_PUBLIC("ContributionNotPublic",
      "%s is not public, but it is contributed to an image assembled in another module, whose generated classes use it "
          + "from another package; make it public (and any type it is nested in)"),
  MISSING_CONTRIBUTION("MissingContribution",
      "%s on the class path names %s %s, which is not on the class path; rebuild the library module that contributed it"),
  CONTRIBUTION_FOR_OTHER_IMAGE("ContributionForOtherImage",
      "subsystem %s belongs to image \"%s\", which this build has no root of (its images: %s), so it is left out; "
          + "its image is assembled by another build"),
  LATE_STRUCT("LateStruct",
      "%s %s of image \"%s\" came in annotation processing round %d, after ckptgen wrote the image's classes "
          + "(%s, its reader and dispatch) in round %d from the structs and subsystems it held then, and the Filer "
          + "cannot write them again; have the processor that generates it generate it in the round before %d, "
          + "with the image's other structs, or build with -Ackptgen.lateStructs=true, which waits for a round that "
          + "brings no new struct before it writes an image's classes (one javac round more)"),
  UNRESOLVED_TYPE("UnresolvedType",
      "the type of %s could not be resolved; fix the compile errors above first"),
  LOCK_ABSENT("LockAbsent",
      "no lock file %s, so no released layout is checked; to start one, build once with "
          + "-Ackptgen.lock.update=true and commit the file (docs/COMPATIBILITY.md)"),
  LOCK_WRITTEN("LockWritten",
      "the lock %s now records %s; commit it with the release"),
  LOCK_UNRELEASED("LockUnreleased",
      "layout lines of this build not in the lock %s yet: %d (%s); they are compatible, and a "
          + "release writes them with -Ackptgen.lock.update=true"),
  LOCK_CURRENT("LockCurrent",
      "the lock %s already records this build's layouts; nothing to write"),
  BAD_LOCK("BadLock",
      "%s:%d: %s. The lock is written by -Ackptgen.lock.update=true: restore it from version control, "
          + "or delete it and write it again (docs/COMPATIBILITY.md)"),
  BAD_OPTION("BadOption",
      "-A%s=%s: %s"),
  BAD_LOCK_OPTION("BadLockOption",
      "-A%s=%s: %s"),
  LOCK_OF_ANOTHER_IMAGE("LockOfAnotherImage",
      "the lock %s has no image \"%s\" (it records %s); name this build's lock with -Ackptgen.lock=PATH, "
          + "or add the image with -Ackptgen.lock.update=true"),
  IMAGE_VERSION_LOWERED("ImageVersionLowered",
      "image \"%s\" was released at version %d (%s), and is now version %d; an image version never goes "
          + "down. Set version = %d or higher"),
  TYPE_ID_REUSED("TypeIdReused",
      "type 0x%x was released as %s (%s), and now %s takes it: readers would take the %s records of "
          + "released images for %s. Give %s a type id of its own"),
  TYPE_ID_CHANGED("TypeIdChanged",
      "%s was released with type 0x%x (%s), and now has type 0x%x; released images hold its records "
          + "under 0x%x, so keep that type"),
  STRUCT_KIND_CHANGED("StructKindChanged",
      "%s was released as %s (%s), and is now %s; keep it as it was released, or declare a new struct "
          + "under another name"),
  STRUCT_SHARED_CHANGED("StructSharedChanged",
      "%s was released with shared = %s (%s), and now has shared = %s; released images hold it %s. "
          + "Keep shared = %s"),
  STRUCT_VERSION_LOWERED("StructVersionLowered",
      "%s was released at version %d (%s), and is now at version %d; released images hold records of "
          + "version %d, whose later members this build no longer has. Keep every released member"),
  STRUCT_RESIZED("StructResized",
      "version %d of %s was released with %d bytes (%s), and now has %d; released records of that "
          + "version would be read at the wrong offsets. Keep version %d as released, and add members "
          + "at the end with @Since(%d)"),
  MEMBER_REMOVED("MemberRemoved",
      "%s.%s was released (%s: offset %d, %s) and is gone; released images hold it. Keep the member "
          + "(its value may go unused)"),
  MEMBER_MOVED("MemberMoved",
      "%s.%s was released at offset %d (%s), and is now at offset %d; released images hold it at %d. "
          + "Keep the released members in their order and size, and add new ones at the end with @Since(%d)"),
  MEMBER_RETYPED("MemberRetyped",
      "%s.%s was released as %s (%s), and is now %s; released images hold it as %s. Keep its type, "
          + "or add a member of the new type at the end with @Since(%d)"),
  MEMBER_RESIZED("MemberResized",
      "%s.%s was released as %s (%s), and is now %s; released images hold it as %s. Keep its size, "
          + "or add a member of the new size at the end with @Since(%d)"),
  MEMBER_BOUND_LOWERED("MemberBoundLowered",
      "%s.%s was released with the bound %d (%s), and now has %d; released images may hold up to %d, "
          + "which this build would refuse. Keep the bound at %d or above"),
  MEMBER_CHANGED("MemberChanged",
      "%s.%s was released %s (%s), and is now %s; %s"),
  MEMBER_NOT_APPENDED("MemberNotAppended",
      "%s.%s is new in version %d of %s, which was released (%s); a member added to a released "
          + "version changes its layout. Add it at the end with @Since(%d)"),
  VALUE_STRUCT_CHANGED("ValueStructChanged",
      "%s.%s is new, but value struct %s was released (%s), and a value struct has one version: every "
          + "member that nests it would change. Declare a new value struct, or add the member to a record "
          + "with @Since"),
  ENUM_CONSTANT_REMOVED("EnumConstantRemoved",
      "%s.%s (code %d) was released (%s) and is gone; released images may hold code %d, which this "
          + "build would refuse. Keep the constant"),
  ENUM_CONSTANT_RENAMED("EnumConstantRenamed",
      "code %d of %s was released as %s (%s), and is now %s; images name the constants in their enum "
          + "table and their JSON. Keep the name %s"),
  SUBSYSTEM_REMOVED("SubsystemRemoved",
      "subsystem \"%s\" of image \"%s\" was released (%s) and is gone; released images hold its "
          + "section. Keep the subsystem, or declare what restore does with its section"),
  SUBSYSTEM_STATE_CHANGED("SubsystemStateChanged",
      "subsystem \"%s\" was released with state type 0x%x (%s), and now has 0x%x; the sections of "
          + "released images hold a 0x%x record. Keep its state type"),
  STRUCT_RETIRED("StructRetired",
      "%s (type 0x%x) of image \"%s\" is in the lock %s but not in this build's image; the lock keeps it, and "
          + "its type id stays taken"),
  OUTPUT_FAILED("OutputFailed",
      "could not write %s: %s"),
  INTERNAL_ERROR("InternalError",
      "ckptgen failed on %s: %s. This is a bug in ckptgen; please report it with this element");

  private final String tag;
  private final String template;
  private final List<Character> conversions;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
    this.conversions = conversions(template);
  }

  public String tag() {
    return tag;
  }

  /** The template, for tests. */
  public String template() {
    return template;
  }

  /**
   * The conversion of each argument the template formats, in order ({@code s}, {@code d},
   * {@code x}); its size is the number of arguments {@link #format} takes.
   */
  public List<Character> conversions() {
    return conversions;
  }

  /**
   * The full text: {@code [ckptgen/Tag] what is wrong; how to fix it}.
   *
   * @throws IllegalArgumentException if {@code args} are not as many as the template formats:
   *     String.format would ignore the extra ones silently
   */
  public String format(Object... args) {
    if (args.length != conversions.size()) {
      throw new IllegalArgumentException("Message." + name() + " formats " + conversions.size()
          + " arguments, but was given " + args.length);
    }
    return "[ckptgen/" + tag + "] " + String.format(template, args);
  }

  /**
   * {@code noun} after its indefinite article: "an interface", "a class". Only for the lower-case
   * English words the processor itself passes (element kinds and the like); the text never puts
   * an article before a name the user chose or a Java type, which says "has type int" instead.
   */
  public static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /**
   * The arguments' conversions. An explicit index ({@code %1$s}) or {@code %<s} is refused, so
   * that each specifier is one argument.
   */
  private static List<Character> conversions(String template) {
    List<Character> found = new ArrayList<>();
    Matcher m = Specifier.PATTERN.matcher(template);
    while (m.find()) {
      String conversion = m.group(2);
      if (conversion.equals("%") || conversion.equals("n")) {
        continue;
      }
      if (m.group(1) != null || m.group().contains("<")) {
        throw new IllegalStateException("a message template indexes its arguments: " + template);
      }
      found.add(conversion.charAt(conversion.length() - 1));
    }
    return List.copyOf(found);
  }

  /** Apart, because an enum's constructors run before its own static fields are set. */
  private static final class Specifier {
    /** A {@link java.util.Formatter} specifier; group 1 is its argument index, group 2 its conversion. */
    static final Pattern PATTERN = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([tT]?[a-zA-Z%])");
  }
}
