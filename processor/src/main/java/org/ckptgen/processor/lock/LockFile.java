package org.ckptgen.processor.lock;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ckptgen.processor.lock.Lock.EnumLock;
import org.ckptgen.processor.lock.Lock.ImageLock;
import org.ckptgen.processor.lock.Lock.MemberLock;
import org.ckptgen.processor.lock.Lock.StructLock;
import org.ckptgen.processor.lock.Lock.SubsystemLock;

/**
 * The lock file's text: one line per image, subsystem, struct version, member and enum constant,
 * each a few positional words (what the line is about) and then {@code key=value} words, in a
 * fixed order, so that a release's change to the lock reads as a diff of whole lines. The file
 * ends with {@code end N}, the number of lines before it, so that a truncated file is refused.
 * docs/COMPATIBILITY.md describes every word.
 */
public final class LockFile {
  /** The first line of every lock: the lock format, which this ckptgen reads and writes. */
  public static final String FORMAT = "ckptgen-lock 1";

  /** A lock larger than this is refused unread (a build's lock is a few kilobytes). */
  public static final int MAX_BYTES = 64 << 20;

  static final String HEADER = String.join("\n",
      "# ckptgen lock: the layouts of this build's images as released (docs/COMPATIBILITY.md).",
      "# Written by the build with -Ackptgen.lock.update=true, read by every build given",
      "# -Ackptgen.lock=PATH, which fails when a change would break reading an image these lines",
      "# describe. Commit it; do not edit it: after a compatible change, write it again to release.",
      "");

  private static final Pattern C_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern IMAGE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Set<String> ROLES = Set.of("header", "field", "count");
  private static final Set<String> KINDS = Set.of("header", "int", "bool", "enum", "objref", "struct", "char", "byte");
  private static final Set<String> TYPES = Set.of("-", "__u8", "__s8", "__u16", "__s16", "__u32", "__s32", "__u64",
      "__s64", "char");
  private static final Set<String> ARITIES = Set.of("one", "fixed", "variable");

  private LockFile() {}

  /** A lock file that cannot be read: the line (1 for the first) and what is wrong with it. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Malformed(int line, String reason) {
      super(reason);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  public static String hex(int type) {
    return String.format("0x%04x", type);
  }

  // ---------------------------------------------------------------- writing

  /** The text of {@code lock}: the header comment, then every line in the lock's order. */
  public static String format(Lock lock) {
    List<String> lines = new ArrayList<>();
    for (ImageLock image : lock.images().values()) {
      lines.add("image " + image.name() + " version=" + image.version());
      for (SubsystemLock s : image.subsystems().values()) {
        lines.add("subsystem " + image.name() + " " + s.name() + " state=" + hex(s.stateType()));
      }
      for (StructLock s : image.structsInOrder()) {
        String at = image.name() + " " + s.name() + " ";
        s.sizes().forEach((version, size) -> lines.add("struct " + at + version + " type=" + hex(s.type())
            + " size=" + size + " shared=" + (s.shared() ? "yes" : "no")));
        for (MemberLock m : s.members()) {
          lines.add("member " + at + m.name() + " offset=" + m.offset() + " role=" + m.role() + " kind=" + m.kind()
              + " type=" + m.type() + " arity=" + m.arity() + " size=" + m.size() + " length=" + m.length()
              + " flags=" + (m.flags().isEmpty() ? "-" : String.join(",", m.flags())) + " ref=" + m.ref()
              + " since=" + m.since());
        }
      }
      for (EnumLock e : image.enums().values()) {
        e.constants().entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .forEach(c -> lines.add("enum " + image.name() + " " + e.name() + " " + c.getKey() + " code=" + c.getValue()));
      }
    }
    StringBuilder text = new StringBuilder(HEADER).append(FORMAT).append('\n');
    lines.forEach(l -> text.append(l).append('\n'));
    return text.append("end ").append(lines.size()).append('\n').toString();
  }

  // ---------------------------------------------------------------- reading

  /** Reads a lock file's bytes; any fault is one {@link Malformed} naming its line. */
  public static Lock parse(byte[] bytes) throws Malformed {
    if (bytes.length > MAX_BYTES) {
      throw new Malformed(1, "it has " + bytes.length + " bytes, more than a lock can (" + MAX_BYTES + ")");
    }
    return new Parser(utf8(bytes)).parse();
  }

  private static String utf8(byte[] bytes) throws Malformed {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new Malformed(line, "byte " + in.position() + " is not UTF-8 text");
    }
    return out.flip().toString();
  }

  /** One pass over the lines, each checked word by word. */
  private static final class Parser {
    private final String[] lines;
    private int number;
    private String[] words;
    private final Map<String, ImageLock> images = new LinkedHashMap<>();
    /** Where each line's subject was first seen, for the message on a line that repeats it. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** The members and sizes of each struct, by image and name, filled as lines come. */
    private final Map<String, StructLock> structs = new HashMap<>();

    Parser(String text) {
      String[] split = text.split("\n", -1);
      // a final newline ends the last line; it does not start another
      this.lines = split.length > 1 && split[split.length - 1].isEmpty()
          ? java.util.Arrays.copyOf(split, split.length - 1) : split;
    }

    Lock parse() throws Malformed {
      boolean started = false;
      int entries = 0;
      for (number = 1; number <= lines.length; number++) {
        String line = lines[number - 1];
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1); // a checkout with CRLF line ends
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        words = line.trim().split("\\s+");
        if (!started) {
          if (!line.trim().equals(FORMAT)) {
            throw fail(words[0].equals("ckptgen-lock")
                ? "lock format `" + line.trim() + "`; this ckptgen reads `" + FORMAT + "`"
                : "expected `" + FORMAT + "` as the first line that is not a comment");
          }
          started = true;
          continue;
        }
        switch (words[0]) {
          case "image" -> image();
          case "subsystem" -> subsystem();
          case "struct" -> struct();
          case "member" -> member();
          case "enum" -> constant();
          case "end" -> {
            positional(2);
            long count = number(1, "end", Integer.MAX_VALUE);
            expectWords(2);
            if (count != entries) {
              throw fail("`end " + count + "` but " + entries + " lines come before it: lines were lost or added");
            }
            trailing();
            return lock();
          }
          default -> throw fail("unknown line `" + words[0] + "`; lines are image, subsystem, struct, member,"
              + " enum and end");
        }
        entries++;
      }
      throw new Malformed(lines.length, started ? "the lock ends without its `end N` line: it is truncated"
          : "the lock is empty: no `" + FORMAT + "` line");
    }

    /** Only comments and blank lines may follow {@code end}. */
    private void trailing() throws Malformed {
      for (number++; number <= lines.length; number++) {
        String line = lines[number - 1].strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          throw fail("a line after `end`");
        }
      }
    }

    private Lock lock() {
      Map<String, ImageLock> done = new TreeMap<>();
      for (ImageLock image : images.values()) {
        Map<String, StructLock> ofImage = new TreeMap<>();
        image.structs().forEach((name, s) -> {
          List<MemberLock> members = new ArrayList<>(s.members());
          members.sort(Lock.MEMBER_ORDER);
          ofImage.put(name, new StructLock(s.name(), s.type(), s.shared(), s.sizes(), List.copyOf(members)));
        });
        done.put(image.name(), new ImageLock(image.name(), image.version(), image.subsystems(), ofImage,
            image.enums()));
      }
      return new Lock(new LinkedHashMap<>(done));
    }

    private void image() throws Malformed {
      positional(2);
      String name = name(1, IMAGE_NAME, "image name");
      int version = (int) number(attribute(2, "version"), "version", 1, Integer.MAX_VALUE);
      expectWords(3);
      once("image " + name);
      images.put(name, new ImageLock(name, version, new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
    }

    private void subsystem() throws Malformed {
      positional(3);
      ImageLock image = imageOf();
      String name = name(2, IMAGE_NAME, "subsystem name");
      int state = type(attribute(3, "state"), "state");
      expectWords(4);
      once("subsystem " + image.name() + " " + name);
      image.subsystems().put(name, new SubsystemLock(name, state));
    }

    private void struct() throws Malformed {
      positional(4);
      ImageLock image = imageOf();
      String name = name(2, C_NAME, "struct name");
      int version = (int) number(3, "version", Integer.MAX_VALUE);
      if (version < 1) {
        throw fail("version 0; versions start at 1");
      }
      int type = type(attribute(4, "type"), "type");
      int size = (int) number(attribute(5, "size"), "size", 8, Integer.MAX_VALUE);
      if (size % 8 != 0) {
        throw fail("size " + size + " is not a multiple of 8");
      }
      boolean shared = yesNo(attribute(6, "shared"), "shared");
      expectWords(7);
      once("struct " + image.name() + " " + name + " " + version);
      StructLock s = image.structs().get(name);
      if (s == null) {
        s = new StructLock(name, type, shared, new TreeMap<>(), new ArrayList<>());
        image.structs().put(name, s);
        structs.put(image.name() + " " + name, s);
      } else if (s.type() != type || s.shared() != shared) {
        throw fail("struct " + name + " has type " + hex(type) + " shared=" + (shared ? "yes" : "no") + " here, but "
            + hex(s.type()) + " shared=" + (s.shared() ? "yes" : "no") + " on line " + seen.get("struct " + image.name()
            + " " + name + " " + s.sizes().firstKey()));
      }
      s.sizes().put(version, size);
    }

    private void member() throws Malformed {
      positional(4);
      ImageLock image = imageOf();
      String structName = name(2, C_NAME, "struct name");
      StructLock s = structs.get(image.name() + " " + structName);
      if (s == null) {
        throw fail("member of struct " + structName + ", which no `struct` line above declares");
      }
      String name = name(3, C_NAME, "member name");
      int offset = (int) number(attribute(4, "offset"), "offset", 0, Integer.MAX_VALUE);
      String role = oneOf(attribute(5, "role"), "role", ROLES);
      String kind = oneOf(attribute(6, "kind"), "kind", KINDS);
      String type = oneOf(attribute(7, "type"), "type", TYPES);
      String arity = oneOf(attribute(8, "arity"), "arity", ARITIES);
      int size = (int) number(attribute(9, "size"), "size", 1, Integer.MAX_VALUE);
      long length = number(attribute(10, "length"), "length", 0, Integer.MAX_VALUE);
      TreeSet<String> flags = flags(attribute(11, "flags"));
      String ref = ref(attribute(12, "ref"));
      int since = (int) number(attribute(13, "since"), "since", 1, Integer.MAX_VALUE);
      expectWords(14);
      once("member " + image.name() + " " + structName + " " + name);
      s.members().add(new MemberLock(name, offset, role, kind, type, arity, size, length, flags, ref, since));
    }

    private void constant() throws Malformed {
      positional(4);
      ImageLock image = imageOf();
      String enumName = name(2, C_NAME, "enum name");
      String name = words[3];
      if (!isJavaName(name)) {
        throw fail("`" + name + "` is not an enum constant's name");
      }
      long code = number(attribute(4, "code"), "code", 0, Integer.MAX_VALUE);
      expectWords(5);
      once("enum " + image.name() + " " + enumName + " " + name);
      EnumLock e = image.enums().computeIfAbsent(enumName, n -> new EnumLock(n, new TreeMap<>()));
      for (Map.Entry<String, Long> c : e.constants().entrySet()) {
        if (c.getValue() == code) {
          throw fail("code " + code + " of " + enumName + "." + name + " is also " + enumName + "." + c.getKey()
              + "'s, on line " + seen.get("enum " + image.name() + " " + enumName + " " + c.getKey()));
        }
      }
      e.constants().put(name, code);
    }

    // ------------------------------------------------------------ words

    /** The line has at least {@code count} words, the first {@code count - 1} after its kind positional. */
    private void positional(int count) throws Malformed {
      if (words.length < count) {
        throw fail("`" + words[0] + "` line with " + words.length + " words; it needs at least " + count);
      }
    }

    private void expectWords(int count) throws Malformed {
      if (words.length != count) {
        throw fail("`" + words[0] + "` line with " + words.length + " words; it has " + count + ": `"
            + words[count] + "` is one too many");
      }
    }

    private ImageLock imageOf() throws Malformed {
      ImageLock image = images.get(words[1]);
      if (image == null) {
        throw fail("`" + words[0] + "` of image " + words[1] + ", which no `image` line above declares");
      }
      return image;
    }

    private void once(String subject) throws Malformed {
      Integer first = seen.putIfAbsent(subject, number);
      if (first != null) {
        throw fail("`" + subject + "` again; line " + first + " already has it");
      }
    }

    /** The value of word {@code index}, which must be {@code key=value}. */
    private String attribute(int index, String key) throws Malformed {
      if (index >= words.length) {
        throw fail("`" + words[0] + "` line ends before `" + key + "=`");
      }
      String word = words[index];
      if (!word.startsWith(key + "=")) {
        throw fail("expected `" + key + "=` as word " + (index + 1) + ", found `" + word + "`");
      }
      return word.substring(key.length() + 1);
    }

    private String name(int index, Pattern pattern, String what) throws Malformed {
      String word = words[index];
      if (!pattern.matcher(word).matches()) {
        throw fail("`" + word + "` is not a " + what);
      }
      return word;
    }

    private long number(int index, String what, long max) throws Malformed {
      return number(words[index], what, 0, max);
    }

    /** A decimal number from {@code min} to {@code max}: digits only, no sign, no leading zero. */
    private long number(String text, String what, long min, long max) throws Malformed {
      if (!text.matches("0|[1-9][0-9]{0,17}")) {
        throw fail(what + " `" + text + "` is not a decimal number");
      }
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        throw fail(what + " " + value + " is out of range (" + min + " to " + max + ")");
      }
      return value;
    }

    /** A record type as the lock writes it: {@code 0x} and at least four hex digits. */
    private int type(String text, String what) throws Malformed {
      if (!text.matches("0x[0-9a-f]{4,8}")) {
        throw fail(what + " `" + text + "` is not a type id like 0x0101");
      }
      long value = Long.parseLong(text.substring(2), 16);
      if (value > Integer.MAX_VALUE) {
        throw fail(what + " " + text + " is over 0x7fffffff");
      }
      return (int) value;
    }

    private boolean yesNo(String text, String what) throws Malformed {
      return oneOf(text, what, Set.of("yes", "no")).equals("yes");
    }

    private String oneOf(String text, String what, Set<String> allowed) throws Malformed {
      if (!allowed.contains(text)) {
        throw fail(what + " `" + text + "` is not one of " + new TreeSet<>(allowed));
      }
      return text;
    }

    private TreeSet<String> flags(String text) throws Malformed {
      TreeSet<String> flags = new TreeSet<>();
      if (text.equals("-")) {
        return flags;
      }
      for (String flag : text.split(",", -1)) {
        oneOf(flag, "flag", Set.copyOf(Lock.FLAGS));
        if (!flags.add(flag)) {
          throw fail("flag " + flag + " twice");
        }
      }
      return flags;
    }

    private String ref(String text) throws Malformed {
      if (text.equals("-")) {
        return text;
      }
      int colon = text.indexOf(':');
      String kind = colon < 0 ? text : text.substring(0, colon);
      String target = colon < 0 ? "" : text.substring(colon + 1);
      boolean ok = switch (kind) {
        case "struct", "enum" -> C_NAME.matcher(target).matches();
        case "objref" -> target.matches("0x[0-9a-f]{4,8}");
        default -> false;
      };
      if (!ok) {
        throw fail("ref `" + text + "` is not -, struct:NAME, enum:NAME or objref:0xTYPE");
      }
      return text;
    }

    private static boolean isJavaName(String name) {
      if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
        return false;
      }
      return name.codePoints().allMatch(Character::isJavaIdentifierPart);
    }

    private Malformed fail(String reason) {
      return new Malformed(number, reason);
    }
  }
}
