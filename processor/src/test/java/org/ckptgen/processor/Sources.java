package org.ckptgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Test sources, and compiling them with the processor. */
final class Sources {
  static final String IMPORTS = "import org.ckptgen.annotations.*;\n";

  private Sources() {}

  /** A source file {@code test/<name>.java} holding {@code body} after the package and imports. */
  static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("test." + name, "package test;\n" + IMPORTS + body);
  }

  static Compilation compile(JavaFileObject... files) {
    return javac().withProcessors(new CkptProcessor()).compile(files);
  }

  static Compilation compile(List<String> options, JavaFileObject... files) {
    return javac().withProcessors(new CkptProcessor()).withOptions(options).compile(files);
  }

  /**
   * "a" before a vowel, "an" before a consonant: what a caller's words and a template can get
   * wrong together. Lower case only, and not after a dot, so that names such as {@code Kind.A} or
   * {@code Bad.a} are not taken for articles.
   */
  private static final Pattern WRONG_ARTICLE =
      Pattern.compile("(?<![\\w.`$])(?:a [aeio]|an [b-df-hj-np-tv-z])\\S*");

  /** Fails if any of ckptgen's messages in {@code c} has an article that does not fit its noun. */
  static void assertArticlesFit(Compilation c) {
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      String text = d.getMessage(null);
      Matcher m = WRONG_ARTICLE.matcher(text);
      if (text.startsWith("[ckptgen/") && m.find()) {
        throw new AssertionError("\"" + m.group() + "\" in: " + text);
      }
    }
  }
}
