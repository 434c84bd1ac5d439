package org.ckptgen.processor.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java names to C names, and the names C and C++ keep for themselves. A name the generated
 * header declares must survive every dialect and compiler a user may include it from, so the
 * reserved set is wider than C11's keywords: C23's and C++20's keywords, the lower-case macros
 * that gcc and clang predefine in their default GNU dialects ({@code linux}, {@code unix},
 * {@code i386}), the macros of the headers the generated files include, and names in capitals
 * (C's macro namespace: {@code <limits.h>}, {@code <stdint.h>}, errno codes, the header's own
 * {@code CKPT_} constants).
 */
final class Names {
  private static final Pattern C_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** C11 keywords, C23's new ones, gcc's {@code asm}, and names {@code <stdbool.h>}/{@code <assert.h>} define. */
  private static final Set<String> C_KEYWORDS = Set.of(
      "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
      "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
      "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
      "union", "unsigned", "void", "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool",
      "_Complex", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
      "_BitInt", "_Decimal32", "_Decimal64", "_Decimal128",
      "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert",
      "thread_local", "true", "typeof", "typeof_unqual", "asm");

  /** C++20's keywords and alternative tokens that C lacks. */
  private static final Set<String> CXX_KEYWORDS = Set.of(
      "and", "and_eq", "bitand", "bitor", "catch", "char8_t", "char16_t", "char32_t", "class", "compl",
      "concept", "consteval", "constinit", "const_cast", "co_await", "co_return", "co_yield", "decltype",
      "delete", "dynamic_cast", "explicit", "export", "friend", "mutable", "namespace", "new",
      "noexcept", "not", "not_eq", "operator", "or", "or_eq", "private", "protected", "public",
      "reinterpret_cast", "requires", "static_cast", "template", "this", "throw", "try", "typeid",
      "typename", "using", "virtual", "wchar_t", "xor", "xor_eq");

  /** Lower-case macros gcc and clang predefine in their default (GNU) dialects, on Linux and elsewhere. */
  private static final Set<String> PREDEFINED_MACROS = Set.of("linux", "unix", "i386", "sun", "sparc", "mips", "vax");

  /**
   * Lower-case macros of the headers the generated header and reader include ({@code <stddef.h>},
   * {@code <stdarg.h>}, {@code <stdio.h>}, {@code <string.h>}) and of common ones beside them.
   */
  private static final Set<String> LIBRARY_MACROS = Set.of(
      "offsetof", "va_start", "va_end", "va_arg", "va_copy", "stdin", "stdout", "stderr", "getc", "putc",
      "getchar", "putchar", "assert", "errno", "noreturn", "complex", "imaginary", "major", "minor",
      "makedev", "setjmp", "alloca");

  /** Upper-case macros of {@code <stdint.h>}, {@code <stddef.h>} and {@code <stdio.h>} an enum constant could spell. */
  private static final Pattern LIBRARY_CONSTANT = Pattern.compile(
      "U?INT(8|16|32|64|PTR|MAX)_(MIN|MAX|C)|U?INT_(LEAST|FAST)(8|16|32|64)_(MIN|MAX)"
          + "|(SIZE|PTRDIFF|SIG_ATOMIC|WCHAR|WINT)_(MIN|MAX)|NULL|EOF|BUFSIZ|SEEK_(SET|CUR|END)"
          + "|FILENAME_MAX|FOPEN_MAX|TMP_MAX|L_tmpnam");

  private Names() {}

  /** {@code groupinfoRef} → {@code groupinfo_ref}; {@code UTSName} → {@code uts_name}. */
  static String snake(String javaName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = javaName.charAt(i - 1);
        boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  static String upper(String cName) {
    return cName.toUpperCase(Locale.ROOT);
  }

  static boolean isCKeyword(String name) {
    return C_KEYWORDS.contains(name);
  }

  /**
   * Why {@code name} cannot name a struct, enum or member in the generated C, or empty when it
   * can. The reason completes "`name` is ...".
   */
  static Optional<String> reserved(String name) {
    if (C_KEYWORDS.contains(name)) {
      return Optional.of("a C keyword");
    }
    if (CXX_KEYWORDS.contains(name)) {
      return Optional.of("a C++ keyword, and the header is also compiled as C++");
    }
    if (PREDEFINED_MACROS.contains(name)) {
      return Optional.of("a macro that gcc and clang predefine (in their default GNU dialects `" + name
          + "` expands to 1)");
    }
    if (LIBRARY_MACROS.contains(name)) {
      return Optional.of("a macro of the C library");
    }
    if (name.chars().noneMatch(Character::isLowerCase)) {
      return Optional.of("in capitals, which C keeps for macros (<limits.h>, <stdint.h>, errno codes, "
          + "the header's own CKPT_ constants)");
    }
    return Optional.empty();
  }

  /** True when the C constant {@code name} (an enum constant's) is a C library macro's name. */
  static boolean isLibraryConstant(String name) {
    return LIBRARY_CONSTANT.matcher(name).matches();
  }

  /** The longest name the image's schema tables hold ({@code char[48]} with its NUL). */
  public static final int MAX_NAME = 47;

  /** A usable C identifier that does not collide with ckptgen's reserved {@code __} names. */
  static boolean isUsableCName(String name) {
    return C_IDENTIFIER.matcher(name).matches() && !name.startsWith("__") && name.length() <= MAX_NAME;
  }
}
